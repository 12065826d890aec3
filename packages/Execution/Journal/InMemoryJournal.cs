using System.Runtime.CompilerServices;
using Trader.Execution.Brokers;

namespace Trader.Execution.Journal;

/// <summary>Keeps everything in memory, for backtests and tests: lists of orders, fills and trades, and the equity as a compact <see cref="EquityCurve"/>.</summary>
public sealed class InMemoryJournal : IExecutionJournal
{
    private readonly List<OrderResult> _orders = [];
    private readonly List<BrokerFill> _fills = [];
    private readonly List<RoundTrip> _trades = [];
    private readonly List<OpenPosition> _opened = [];
    private readonly EquityCurve _equity;

    /// <param name="expectedCandles">Capacity hint for the equity curve (one point per candle).</param>
    public InMemoryJournal(int expectedCandles = 0) : this(new EquityCurve(expectedCandles))
    {
    }

    /// <param name="equity">The curve to append to, empty (a sweep lends each run a cleared curve of its core).</param>
    public InMemoryJournal(EquityCurve equity)
    {
        ArgumentNullException.ThrowIfNull(equity);
        if (equity.Count > 0) throw new ArgumentException("The journal's equity curve must start empty.", nameof(equity));
        _equity = equity;
    }

    /// <summary>Every order state change, in order.</summary>
    public IReadOnlyList<OrderResult> Orders => _orders;

    /// <summary>Every fill, in order.</summary>
    public IReadOnlyList<BrokerFill> Fills => _fills;

    /// <summary>Positions as they opened.</summary>
    public IReadOnlyList<OpenPosition> Opened => _opened;

    /// <summary>Closed round trips, in order.</summary>
    public IReadOnlyList<RoundTrip> Trades => _trades;

    /// <summary>Equity at each candle close.</summary>
    public EquityCurve Equity => _equity;

    /// <inheritdoc />
    public Task OrderAsync(OrderResult order, long timeMs, CancellationToken ct)
    {
        _orders.Add(order);
        if (order.Fill is { } fill) _fills.Add(fill);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TradeOpenedAsync(OpenPosition position, CancellationToken ct)
    {
        _opened.Add(position);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TradeClosedAsync(RoundTrip trade, CancellationToken ct)
    {
        _trades.Add(trade);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask EquityAsync(EquityPoint point, CancellationToken ct) => MarkAsync(EquityMark.Of(point), ct);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public ValueTask MarkAsync(EquityMark mark, CancellationToken ct)
    {
        _equity.Add(mark);
        return ValueTask.CompletedTask;
    }
}
