using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
using Sora.Shared;
using Spectre.Console;

namespace Sora.Cli.Commands;

/// <summary><c>sora list</c>: one page of jobs.</summary>
internal static class ListCommand
{
    public static Command Create(CliIo io, GlobalOptions globals)
    {
        var limit = OptionSyntax.WholeNumber("--limit", "Jobs per page; the server's default when omitted.");
        var after = new Option<string?>("--after") { Description = "Start after this job id (the previous page's last)." };
        var order = new Option<string?>("--order") { Description = "Sort order by creation time; the server's default when omitted." };
        order.AcceptOnlyFromAmong([.. ListOrder.KnownValues.Select(o => o.Value)]);
        var parameters = new Option<string[]>("--param")
        {
            Description = "NAME=VALUE: a query parameter the provider's profile requires on list (a proxy's upstream, say); repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("list", "List jobs.") { limit, after, order, parameters };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.Resolve(parsed, globals, io);
            var given = ProviderParameters(parsed.GetValue(parameters) ?? []);
            // Refused here rather than by the client, so the message names the flag a user can pass.
            if (settings.Provider is { } provider && ProviderRequirements.FirstMissingParameter(SoraOperations.ListVideos, provider, given.GetValueOrDefault) is { } missing)
            {
                throw new CliUsageException($"provider {provider.Id} requires the {missing} parameter to list jobs: pass --param {missing}=VALUE.");
            }

            using var client = ServerConnection.Connect(settings, given);
            VideoList page;
            try
            {
                page = await client.ListPageAsync(parsed.GetValue(after), parsed.GetValue(limit), parsed.GetValue(order) is { } sort ? new ListOrder(sort) : (ListOrder?)null, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliUsageException("--limit: " + e.Message.Split(" (Parameter", 2)[0]);
            }

            if (io.Json)
            {
                JsonResult.Write(io, page, SoraJsonContext.Default.VideoList);
                return ExitCodes.Ok;
            }

            if (page.Data.Count == 0)
            {
                io.Console.WriteLine("No jobs.");
                return ExitCodes.Ok;
            }

            io.Console.Write(JobViews.Table(page.Data, io.Text));
            if (page.HasMore == true && (page.LastId ?? page.Data[^1].Id) is { } last)
            {
                // The next page is the same query moved on: a hint that dropped --order or --limit would show another list.
                var hint = "sora list --after " + ShellWord.Quote(io.Text.Show(last));
                hint += parsed.GetValue(limit) is { } size ? " --limit " + size.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                hint += parsed.GetValue(order) is { } sorted ? " --order " + sorted : string.Empty;
                io.Console.WriteLine("More: " + hint);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, string> ProviderParameters(string[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new CliUsageException($"--param: '{pair}' is not NAME=VALUE.");
            }

            values[pair[..split]] = pair[(split + 1)..];
        }

        return values;
    }
}
