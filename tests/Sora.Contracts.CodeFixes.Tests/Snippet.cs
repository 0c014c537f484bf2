namespace Sora.Contracts.CodeFixes.Tests;

/// <summary>
/// Wraps the members a test writes in one consumer file, with the constants the cases use, so a case shows only the
/// code that changes; the whole file's text is what the tests compare.
/// </summary>
internal static class Snippet
{
    private const string Header = """
        using Sora.Contracts;
        using Sora.Contracts.Metadata;

        namespace Consumer;

        internal static class Requests
        {
            private const string Landscape1792 = "1792x1024";
            private const string Portrait1792 = "1024x1792";
            private const string Sora2 = "sora-2";
            private const int FiveSeconds = 5;
            private const string FiveText = "5";

        """;

    /// <summary>
    /// A request type of the consumer's own, marked as the generator marks one: its constructor takes the size, so an
    /// object creation without an initializer can break the model/size rule (the fix then creates the initializer), and
    /// its seconds rules give integer values to SORA001 and SORA004.
    /// </summary>
    public const string ShotRequest = """
        [SoraRequest("ShotRequest")]
        [SoraRule("model", new[] { "sora-2" }, "size", new[] { "720x1280", "1280x720" })]
        [SoraRule("model", new[] { "sora-2" }, "seconds", new[] { "4", "8" })]
        [SoraProviderValues("ezmodel", "size", "720x1280", "1280x720")]
        [SoraProviderValues("ezmodel", "seconds", "4", "8")]
        public sealed record ShotRequest
        {
            public ShotRequest(string prompt, VideoSize size)
            {
                Prompt = prompt;
                Size = size;
            }

            [SoraProperty("prompt")]
            public string Prompt { get; }

            [SoraProperty("model", Default = "sora-2")]
            public VideoModel? Model { get; init; }

            [SoraProperty("size", Closed = true)]
            public VideoSize? Size { get; init; }

            [SoraProperty("seconds", Closed = true)]
            public VideoSeconds? Seconds { get; init; }
        }
        """;

    private const string Footer = """
        }

        """;

    /// <summary>A file with <paramref name="members"/> in the <c>Requests</c> class, each line indented one level.</summary>
    public static string Code(string members) => Header + Indent(members) + "\n" + Footer;

    /// <summary>A file with <paramref name="members"/> in the class and <paramref name="types"/> after it.</summary>
    public static string Code(string members, string types) => Code(members) + "\n" + types.ReplaceLineEndings("\n") + "\n";

    private static string Indent(string members) =>
        string.Join("\n", members.ReplaceLineEndings("\n").Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
