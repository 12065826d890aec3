using Serilog;
using Trader.Risk.Trades;
using Trader.Domain;

namespace Trader.Risk.Gates;

/// <summary>
/// After a stop-out during candle t, refuses entries at the close of t and of the next
/// <c>cooldown_candles</c> candles; the first entry can come at the close of candle t + N + 1.
/// Candles are counted on the timeframe's calendar, so a gap in the data counts as elapsed candles.
/// </summary>
public sealed class StopOutCooldown : IEntryGate
{
    private readonly int _candles;
    private readonly Timeframe _timeframe;
    private readonly ILogger _log;
    private long _blockedThroughMs = long.MinValue;

    /// <param name="candles">Candles to wait; 0 turns the cooldown off.</param>
    /// <param name="timeframe">The instance's candle period.</param>
    /// <param name="log">Cooldown starts are logged.</param>
    public StopOutCooldown(int candles, Timeframe timeframe, ILogger log)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candles);
        _candles = candles;
        _timeframe = timeframe;
        _log = log.ForContext<StopOutCooldown>();
    }

    /// <summary>Feeds a closed trade; a stop-out starts the cooldown.</summary>
    public void OnTrade(TradeResult trade)
    {
        if (_candles == 0 || !trade.IsStopOut) return;
        // ClosedAtMs is the close of the stop-out candle t; step forward to the close of t + N.
        long through = trade.ClosedAtMs;
        for (int i = 0; i < _candles; i++) through = _timeframe.NextOpenMs(through);
        _blockedThroughMs = Math.Max(_blockedThroughMs, through);
        _log.Information("Cooldown after {Reason} at {TimeMs}: no new entries through {BlockedThroughMs} ({Candles} candles)", trade.Reason, trade.ClosedAtMs, _blockedThroughMs, _candles);
    }

    /// <inheritdoc />
    public string? BlockReason(long timeMs) =>
        timeMs <= _blockedThroughMs ? $"cooldown of {_candles} candles after a stop-out, until after {_blockedThroughMs}" : null;
}
