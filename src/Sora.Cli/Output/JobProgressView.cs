using System.Globalization;
using Sora.Contracts;
using Spectre.Console;

namespace Sora.Cli.Output;

/// <summary>
/// Shows a job's status and progress while work runs: a live bar on an interactive terminal, and otherwise (CI, a pipe,
/// tests) one plain line per change (<c>queued 0%</c>, <c>in_progress 40%</c>), which a log keeps readable. The status is
/// the server's text, so it is shown through <see cref="SafeText"/>.
/// </summary>
internal static class JobProgressView
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, SafeText text, Video created, Func<IProgress<Video>, Action<string>, Task<T>> work) =>
        console.Profile.Capabilities.Interactive ? RunLiveAsync(console, text, created, work) : RunPlainAsync(console, text, created, work);

    public static string Describe(Video video, SafeText text) =>
        text.Show(video.Status.Value) + (video.Progress is { } percent ? " " + percent.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty);

    private static Task<T> RunLiveAsync<T>(IAnsiConsole console, SafeText text, Video created, Func<IProgress<Video>, Action<string>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var status = Markup.Escape(text.Show(created.Status.Value));
                var task = context.AddTask(status, maxValue: 100);
                var progress = new InlineProgress<Video>(video =>
                {
                    task.Description = status = Markup.Escape(text.Show(video.Status.Value));
                    task.Value = video.Progress ?? task.Value;
                });
                var result = await work(progress, step => task.Description = Markup.Escape(step)).ConfigureAwait(false);
                // The bar stays on screen: it should end on the job's final status, not on the last step's name.
                task.Description = status;
                task.StopTask();
                return result;
            });

    private static async Task<T> RunPlainAsync<T>(IAnsiConsole console, SafeText text, Video created, Func<IProgress<Video>, Action<string>, Task<T>> work)
    {
        var last = Describe(created, text);
        console.WriteLine(last);
        var progress = new InlineProgress<Video>(video =>
        {
            var line = Describe(video, text);
            if (line != last)
            {
                console.WriteLine(line);
                last = line;
            }
        });
        return await work(progress, console.WriteLine).ConfigureAwait(false);
    }
}
