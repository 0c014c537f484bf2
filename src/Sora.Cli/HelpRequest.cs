namespace Sora.Cli;

/// <summary>
/// <c>sora</c> alone and <c>sora help [command]</c> ask for help, as git and dotnet take them; System.CommandLine would
/// call both a missing command.
/// </summary>
internal static class HelpRequest
{
    private const string HelpFlag = "--help";

    public static string[] Rewrite(string[] args) => args switch
    {
        [] or ["help"] => [HelpFlag],
        ["help", .. var command] => [.. command, HelpFlag],
        _ => args,
    };
}
