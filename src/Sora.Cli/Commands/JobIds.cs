namespace Sora.Cli.Commands;

/// <summary>Which job ids can be sent back in a request: the user's argument and the ids in a server's answers.</summary>
internal static class JobIds
{
    public const string Refusal = "a job id cannot be empty, '.' or '..'.";

    // The client refuses these: in a URL they would name the collection or its parent, not a job.
    public static bool IsUsable(string? id) => !string.IsNullOrWhiteSpace(id) && id is not "." and not "..";

    /// <summary>The id a server answered with, when the CLI can use it.</summary>
    /// <exception cref="UnusableAnswerException">It cannot be used.</exception>
    public static string RequireFromServer(string? id, string context) => IsUsable(id) ? id! : throw Unusable(id, context);

    public static UnusableAnswerException Unusable(string? id, string context) =>
        new($"the server answered with the job id '{id}' {context}, which names no job; nothing more was sent.");
}
