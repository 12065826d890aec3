using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Trader.Testing;

/// <summary>A real Serilog logger whose sink keeps the events so tests can assert what was logged.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public LogCollector() =>
        Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public ILogger Logger { get; }

    public IReadOnlyList<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Add(logEvent);

    public IEnumerable<LogEvent> Containing(string text) =>
        _events.Where(e => e.MessageTemplate.Text.Contains(text, StringComparison.Ordinal));
}
