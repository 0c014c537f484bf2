using Microsoft.Extensions.Logging;

namespace Sora.Client.Tests.Infrastructure;

/// <summary>Keeps every log entry (message, state and exception text) so tests can search all of it.</summary>
public sealed class CapturingLogger : ILogger
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        lock (_entries)
        {
            _entries.Add("scope: " + state);
        }

        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
        lock (_entries)
        {
            _entries.Add($"{logLevel} {eventId.Name}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
