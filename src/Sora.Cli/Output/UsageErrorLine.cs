using System.CommandLine;
using System.CommandLine.Parsing;
using Sora.Cli.Commands;

namespace Sora.Cli.Output;

/// <summary>
/// The one line a bad command line gets. An unknown option is named as such (System.CommandLine calls it an
/// unrecognized "command or argument", or takes it for a prompt), since a typo in a flag is the usual cause.
/// </summary>
internal static class UsageErrorLine
{
    public static string Describe(ParseResult parsed)
    {
        var unknown = parsed.UnmatchedTokens.FirstOrDefault(OptionSyntax.LooksLikeOption);
        var problem = unknown is not null
            ? OptionSyntax.Unrecognized(unknown)
            : (parsed.Errors.FirstOrDefault(e => OptionSyntax.IsUnrecognized(e.Message)) ?? parsed.Errors[0]).Message;
        return problem + " See '" + CommandPath(parsed.CommandResult) + " --help'.";
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult result)
            {
                names.Push(result.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
