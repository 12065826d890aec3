using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Trader.Hosting.Logging;

/// <summary>Adds <c>UtcTime</c>, the event's time in UTC as <c>14:03:27Z</c>, for the console line.</summary>
internal sealed class UtcTimeEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) =>
        logEvent.AddPropertyIfAbsent(new LogEventProperty("UtcTime",
            new ScalarValue(logEvent.Timestamp.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture))));
}
