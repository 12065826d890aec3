namespace Trader.Risk.Trades;

/// <summary>Why a position was closed.</summary>
public enum ExitReason
{
    /// <summary>The strategy's exit signal.</summary>
    Signal,

    /// <summary>Price touched the fixed stop loss.</summary>
    StopLoss,

    /// <summary>Price touched the trailing stop.</summary>
    TrailingStop,

    /// <summary>Price touched the take-profit target.</summary>
    TakeProfit,

    /// <summary>Closed by hand or at shutdown/end of a backtest.</summary>
    Manual,
}
