using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>An outbox alert as the API returns it. Times are Unix ms UTC.</summary>
internal sealed record AlertView(long Seq, string Key, string Instance, string Kind, long TimeMs, string Text, long CreatedMs)
{
    public static AlertView From(Alert a) => new(a.Seq, a.Event.Key, a.Event.Instance, a.Event.Kind, a.Event.TimeMs, a.Event.Text, a.CreatedMs);
}
