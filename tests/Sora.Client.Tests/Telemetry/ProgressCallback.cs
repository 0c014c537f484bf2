namespace Sora.Client.Tests.Telemetry;

/// <summary>Reports on the caller's thread, at once (<see cref="Progress{T}"/> posts to the thread pool, too late for a test).</summary>
internal sealed class ProgressCallback<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
