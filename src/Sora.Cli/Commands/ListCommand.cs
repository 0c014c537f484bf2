using System.CommandLine;
using Sora.Cli.Configuration;
using Sora.Cli.Output;
using Sora.Contracts;
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
        var command = new Command("list", "List jobs.") { limit, after, order };
        globals.AddServerTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var client = ServerConnection.Connect(CliSettings.Resolve(parsed, globals, io));
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
}
