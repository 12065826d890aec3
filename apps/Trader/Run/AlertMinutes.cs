using System.Globalization;
using Trader.Domain;

namespace Trader.Trader.Run;

/// <summary>Reads <c>ALERT_UNREACHABLE_MINUTES</c>: how long the exchange may fail before the trader writes an alert (default 5).</summary>
internal static class AlertMinutes
{
    public static TimeSpan Unreachable(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return RunnerOptions.Default.UnreachableAlertAfter;
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double minutes) && minutes > 0 && minutes <= 24 * 60
            ? TimeSpan.FromMinutes(minutes)
            : throw new ConfigException($"ALERT_UNREACHABLE_MINUTES must be a number of minutes above 0 and at most 1440, e.g. 5; got '{text}'.");
    }
}
