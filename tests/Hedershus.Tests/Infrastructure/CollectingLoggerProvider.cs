using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hedershus.Tests.Infrastructure;

/// <summary>A real logger provider that keeps every log entry and scope of a test host, to assert what is (not) logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CollectedLog> _entries = new();

    public IReadOnlyList<CollectedLog> Entries => [.. _entries];

    /// <summary>Everything the host wrote to the log: messages, exceptions, structured values and scopes.</summary>
    public string AllText => string.Join('\n', Entries.Select(e => e.FullText));

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<CollectedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(new CollectedLog(category, LogLevel.None, "scope: " + state, null, Properties(state)));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CollectedLog(category, logLevel, formatter(state, exception), exception?.ToString(), Properties(state)));

        private static Dictionary<string, string?> Properties<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value?.ToString())
                : [];
    }
}

public sealed record CollectedLog(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyDictionary<string, string?> Properties)
{
    public string FullText => $"{Category} {Level} {Message} {Exception} {string.Join(' ', Properties.Select(p => p.Key + "=" + p.Value))}";
}
