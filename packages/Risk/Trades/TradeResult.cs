namespace Trader.Risk.Trades;

/// <summary>A closed round trip, fed back to risk for Kelly statistics, breakers and the cooldown.</summary>
/// <param name="ClosedAtMs">UTC Unix ms of the close of the candle during which the position was closed.</param>
/// <param name="CostQuote">Quote currency spent on entry, fees included; must be positive.</param>
/// <param name="PnlQuote">Realised profit (negative for a loss) in quote currency, after fees.</param>
/// <param name="Reason">What closed it; stop-outs (<see cref="ExitReason.StopLoss"/>, <see cref="ExitReason.TrailingStop"/>) start the cooldown.</param>
/// <param name="EquityAfter">Account equity in quote currency right after the close.</param>
public sealed record TradeResult(long ClosedAtMs, decimal CostQuote, decimal PnlQuote, ExitReason Reason, decimal EquityAfter)
{
    /// <summary>Return on the cost of the trade, 0.02 = +2 %.</summary>
    public decimal ReturnFraction => PnlQuote / CostQuote;

    /// <summary>True when the trade was closed by a stop (fixed or trailing).</summary>
    public bool IsStopOut => Reason is ExitReason.StopLoss or ExitReason.TrailingStop;
}
