using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>An <c>alerts</c> row as both backends return it.</summary>
internal sealed class AlertRow
{
    public long Seq { get; init; }
    public string Key { get; init; } = "";
    public string Instance { get; init; } = "";
    public string Kind { get; init; } = "";
    public long TimeMs { get; init; }
    public string Text { get; init; } = "";
    public long CreatedMs { get; init; }

    /// <summary>The parameters of <c>AlertSql.Add</c>.</summary>
    public static object Parameters(AlertEvent alert, long createdMs) =>
        new { alert.Key, alert.Instance, alert.Kind, alert.TimeMs, alert.Text, CreatedMs = createdMs };

    public Alert ToAlert() => new(Seq, new AlertEvent(Key, Instance, Kind, TimeMs, Text), CreatedMs);
}
