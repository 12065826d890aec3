using Serilog.Core;
using Serilog.Events;

namespace Trader.Database.Tests.Concurrency;

/// <summary>A Serilog sink that completes a task when a warning whose template contains <paramref name="text"/> is logged.</summary>
internal sealed class LogSignal(string text) : ILogEventSink
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level == LogEventLevel.Warning && logEvent.MessageTemplate.Text.Contains(text, StringComparison.Ordinal))
            _seen.TrySetResult();
    }
}
