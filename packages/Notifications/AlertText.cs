using Trader.Domain;

namespace Trader.Notifications;

/// <summary>How an alert reads in a chat: <c>[btc-1m] stop_hit: ...</c>.</summary>
public static class AlertText
{
    /// <summary>The instance, the kind and the event's text.</summary>
    public static string Of(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return $"[{alert.Event.Instance}] {alert.Event.Kind}: {alert.Event.Text}";
    }
}
