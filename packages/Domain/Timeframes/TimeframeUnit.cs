namespace Trader.Domain;

/// <summary>The calendar unit a <see cref="Timeframe"/> counts.</summary>
public enum TimeframeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
}
