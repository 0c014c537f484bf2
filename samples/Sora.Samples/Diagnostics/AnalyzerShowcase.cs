using Sora.Contracts;

namespace Sora.Samples.Diagnostics;

// One request per diagnostic, as the analyzer reports them in the editor and in `dotnet build`. Excluded from the
// build unless -p:SoraShowDiagnostics=true; SORA004 needs a provider (-p:SoraProvider=ezmodel), SORA006 a wrong one.
internal static class AnalyzerShowcase
{
    private const string Landscape1792 = "1792x1024";

    // SORA001: the 1792 sizes need a pro model, and sora-2 is not one.
    public static CreateVideoRequest Combination() =>
        new CreateVideoRequest.Builder("A lighthouse in a storm").WithModel("sora-2").WithSize(Landscape1792).Build();

    // SORA002: durations are 4, 8 or 12 seconds.
    public static CreateVideoRequest OutsideTheEnum() => new("A lighthouse in a storm") { Seconds = 5 };

    // SORA003: an unknown model (the enum is open), so its combination with the size cannot be checked.
    public static CreateVideoRequest UnknownModel(CreateVideoRequest request) => request with { Model = "sora-3-ultra" };

    // SORA004 with -p:SoraProvider=ezmodel: ezmodel renders 720p only.
    public static CreateVideoRequest NotForThisProvider() =>
        new CreateVideoRequest.Builder("A lighthouse in a storm").WithModel(VideoModel.Sora2Pro).WithSize(Landscape1792).Build();

    // SORA005: a blank prompt.
    public static CreateVideoRequest BlankPrompt() => new("   ");
}
