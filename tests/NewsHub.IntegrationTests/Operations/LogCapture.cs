using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>Every log event the app writes (a Serilog sink the app picks up from its services), for tests of what gets logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
}
