using Trader.Domain;
using Trader.Risk.Trades;

namespace Trader.Execution.Journal;

/// <summary>A closed position, from entry fill to exit fill. Money in quote currency, amounts in base.</summary>
/// <param name="Side">Entry side; <see cref="OrderSide.Buy"/> (long) on spot.</param>
/// <param name="Amount">Position size in base currency.</param>
/// <param name="EntryTimeMs">UTC Unix ms of the entry fill.</param>
/// <param name="EntryPrice">Entry fill price, slippage included.</param>
/// <param name="EntryFee">Fee of the entry fill.</param>
/// <param name="EntryOrderId">Client order id of the entry.</param>
/// <param name="ExitTimeMs">UTC Unix ms of the exit fill.</param>
/// <param name="ExitPrice">Exit fill price, slippage included.</param>
/// <param name="ExitFee">Fee of the exit fill.</param>
/// <param name="ExitOrderId">Client order id of the exit.</param>
/// <param name="ExitReason">What closed it.</param>
public sealed record RoundTrip(
    OrderSide Side,
    decimal Amount,
    long EntryTimeMs,
    decimal EntryPrice,
    decimal EntryFee,
    string EntryOrderId,
    long ExitTimeMs,
    decimal ExitPrice,
    decimal ExitFee,
    string ExitOrderId,
    ExitReason ExitReason)
{
    /// <summary>Quote spent on entry, fee included.</summary>
    public decimal Cost => EntryPrice * Amount + EntryFee;

    /// <summary>Entry plus exit fees.</summary>
    public decimal Fees => EntryFee + ExitFee;

    /// <summary>Realised profit net of both fees: (exit − entry) × amount − fees. Negative for a loss.</summary>
    public decimal Pnl => (ExitPrice - EntryPrice) * Amount - Fees;

    /// <summary>Pnl over cost, 0.02 = +2 %.</summary>
    public decimal ReturnFraction => Pnl / Cost;

    /// <summary>Time held, in ms.</summary>
    public long DurationMs => ExitTimeMs - EntryTimeMs;
}
