namespace Trader.Indicators;

/// <summary>Which price the ATR trailing stop is offset from.</summary>
public enum AtrStopEnd
{
    /// <summary>Close +/- k * ATR (the library default).</summary>
    Close = 0,

    /// <summary>High + k * ATR for the upper band, low - k * ATR for the lower band.</summary>
    HighLow = 1,
}
