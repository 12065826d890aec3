namespace Trader.Indicators;

/// <summary>Which side's exit the Chandelier Exit computes.</summary>
public enum ChandelierDirection
{
    /// <summary>Exit for a long: highest high - k * ATR.</summary>
    Long = 0,

    /// <summary>Exit for a short: lowest low + k * ATR.</summary>
    Short = 1,
}
