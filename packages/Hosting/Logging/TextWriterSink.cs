using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Trader.Hosting.Logging;

/// <summary>Writes formatted events to a <see cref="TextWriter"/>; stands in for the console when a caller captures output.</summary>
internal sealed class TextWriterSink(ITextFormatter formatter, TextWriter writer) : ILogEventSink
{
    private readonly object _sync = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_sync)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
