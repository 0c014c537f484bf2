namespace Sora.Cli.Commands;

/// <summary>Which job ids can be sent back in a request: the user's argument and the ids in a server's answers.</summary>
internal static class JobIds
{
    /// <summary>The error for an id argument that names no job.</summary>
    public const string Refusal = "a job id cannot be empty, '.' or '..'.";

    /// <summary>Whether the id names a job at all.</summary>
    // The client refuses these: in a URL they would name the collection or its parent, not a job.
    public static bool IsUsable(string? id) => !string.IsNullOrWhiteSpace(id) && id is not "." and not "..";

    /// <summary>The id a server answered with, when the CLI can use it.</summary>
    /// <exception cref="UnusableAnswerException">It cannot be used.</exception>
    public static string RequireFromServer(string? id, string context) => IsUsable(id) ? id! : throw Unusable(id, context);

    /// <summary>The error for a server's answer whose id names no job; <paramref name="context"/> says which answer.</summary>
    public static UnusableAnswerException Unusable(string? id, string context) =>
        new($"the server answered with the job id '{id}' {context}, which names no job; nothing more was sent.");
}
