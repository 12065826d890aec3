namespace Trader.Domain;

/// <summary>A round trip: a position opened by an entry and, once closed, ended by an exit.</summary>
/// <param name="Id">Store-assigned id; 0 for a trade that has not been stored yet.</param>
/// <param name="InstanceName">Strategy instance that owns the position.</param>
/// <param name="Symbol">Unified market symbol.</param>
/// <param name="Side">Entry side: <see cref="OrderSide.Buy"/> for a long position.</param>
/// <param name="Amount">Position size in base currency.</param>
/// <param name="EntryTimeMs">Entry fill time, Unix ms UTC.</param>
/// <param name="EntryPrice">Average entry price in quote currency.</param>
/// <param name="EntryClientOrderId">The entry order, when there was one (a backtest may have none).</param>
/// <param name="Exit">How the trade ended; null while the position is open.</param>
public sealed record Trade(
    long Id,
    string InstanceName,
    string Symbol,
    OrderSide Side,
    decimal Amount,
    long EntryTimeMs,
    decimal EntryPrice,
    string? EntryClientOrderId,
    TradeExit? Exit = null)
{
    /// <summary>True while the position is open (no exit yet).</summary>
    public bool IsOpen => Exit is null;
}
