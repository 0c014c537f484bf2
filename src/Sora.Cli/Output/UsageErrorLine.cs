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
        var command = parsed.CommandResult.Command;
        var unknown = parsed.UnmatchedTokens.FirstOrDefault(OptionSyntax.LooksLikeOption)
            ?? parsed.Errors.Select(e => OptionSyntax.UnrecognizedToken(e.Message)).FirstOrDefault(token => token is not null);
        string problem;
        if (unknown is not null)
        {
            problem = OptionSyntax.Unrecognized(unknown, Suggestion.DidYouMean(unknown, OptionNames(parsed.CommandResult)));
        }
        else if (command.Subcommands.Count > 0 && parsed.UnmatchedTokens.FirstOrDefault() is { } word)
        {
            problem = $"unknown command '{word}'{Suggestion.DidYouMean(word, command.Subcommands.Select(c => c.Name))}.";
        }
        else
        {
            problem = parsed.Errors[0].Message;
        }

        return problem + " See '" + CommandPath(parsed.CommandResult) + " --help'.";
    }

    // The options this command accepts: its own and the recursive ones of the commands above it, aliases included.
    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult result)
            {
                foreach (var option in result.Command.Options.Where(o => at == command || o.Recursive))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
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
