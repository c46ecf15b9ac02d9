using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnerHub.EndToEndTests.Support;

/// <summary>Keeps every error the hub logs (unhandled exceptions in requests and circuits among them) for the page-health crawl.</summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<ServerLogEntry> _errors = new();
    private long _sequence;

    /// <summary>A position in the log; <see cref="ErrorsSince"/> returns what was logged after it.</summary>
    public long Mark => Interlocked.Read(ref _sequence);

    public IReadOnlyList<ServerLogEntry> ErrorsSince(long mark) => [.. _errors.Where(e => e.Sequence > mark)];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            long sequence = Interlocked.Increment(ref log._sequence);
            log._errors.Enqueue(new ServerLogEntry(sequence, category, formatter(state, exception), exception));
        }
    }
}

public sealed record ServerLogEntry(long Sequence, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Category}: {Message}{(Exception is null ? string.Empty : " — " + Exception.GetType().Name + ": " + Exception.Message)}";
}
