namespace Sora.Cli.Output;

/// <summary>
/// Reports on the caller's thread, in order. <see cref="Progress{T}"/> posts to the thread pool, so the last poll
/// could be drawn after the download line, or the job id be missing when Ctrl+C arrives.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
