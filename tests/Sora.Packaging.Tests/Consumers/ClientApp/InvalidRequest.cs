using Sora.Contracts;

internal static class InvalidRequest
{
    // The 1792 sizes need a pro model: SORA001 from the analyzer Sora.Client brought in.
    public static CreateVideoRequest Create() => new("A lighthouse at dawn") { Model = "sora-2", Size = "1792x1024" };
}
