using Serilog;
using Trader.Domain;
using Trader.Strategies;
using Trader.Execution.Brokers;
using Trader.Execution.Journal;
using Trader.Risk;
using Trader.Risk.Exits;
using Trader.Risk.Gates;
using Trader.Risk.Trades;

namespace Trader.Execution.Engine;

/// <summary>
/// The one decision engine that the backtester and the trader (paper and live) drive, one closed candle at a
/// time, in order. It never reads the wall clock: time is the candle's. Long-only spot, one position at a time.
/// Per candle, in order:
/// (1) the broker reports orders completed during the candle (market orders decided at the previous close fill
/// at this candle's open) and the engine books them;
/// (2) an open position is checked against its stop, trailing stop and target with this candle's low/high
/// (<see cref="RiskManager.StepExits"/>, stop wins when both are inside the candle) and closed at the level;
/// (3) equity is marked at the close and fed to risk and the journal;
/// (4) the strategy sees the candle; an exit signal while holding sells at the next open; an entry signal while
/// flat is vetted and sized by risk and buys its quote amount at the next open.
/// Not thread-safe: one loop owns an engine.
/// </summary>
public sealed class TradingEngine
{
    private readonly EngineSettings _settings;
    private readonly IStrategy _strategy;
    private readonly RiskManager _risk;
    private readonly IBroker _broker;
    private readonly IExecutionJournal _journal;
    private readonly ILogger _log;
    private readonly string _idPrefix;
    private readonly decimal _cashReserveDivisor;

    private decimal _cash;
    private OpenPosition? _position;
    private string? _pendingEntryId;
    private string? _pendingExitId;
    private ExitReason _pendingExitReason;
    private long _lastOpenTimeMs = long.MinValue;
    private long _lastCloseTimeMs;
    private double _lastClose;

    // Fast path: a candle strictly inside these bounds cannot touch a stop or target nor raise the highest price,
    // so RiskManager.StepExits would return the levels unchanged and can be skipped (it converts three prices to
    // decimal, the largest cost per candle). The margin dwarfs the double-to-decimal rounding (15 digits).
    private const double SkipMargin = 1e-9;
    private double _skipBelowLow = double.PositiveInfinity;
    private double _skipAboveHigh = double.NegativeInfinity;

    /// <param name="settings">Instance name, timeframe, starting cash, fee reserve and market minimums.</param>
    /// <param name="strategy">Decision logic; fed every closed candle.</param>
    /// <param name="risk">Risk rules of the instance; this engine becomes its only caller.</param>
    /// <param name="broker">Simulated or live.</param>
    /// <param name="journal">Where orders, trades and equity are recorded.</param>
    /// <param name="log">Orders, fills and trades are logged with structured properties.</param>
    public TradingEngine(EngineSettings settings, IStrategy strategy, RiskManager risk, IBroker broker, IExecutionJournal journal, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.StartingCash, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfNegative(settings.FeeReserveRate, nameof(settings));
        _settings = settings;
        _strategy = strategy;
        _risk = risk;
        _broker = broker;
        _journal = journal;
        _log = log.ForContext<TradingEngine>();
        _idPrefix = ClientOrderIds.Prefix(settings.InstanceName);
        _cashReserveDivisor = 1m + settings.FeeReserveRate;
        _cash = settings.StartingCash;
    }

    /// <summary>Free quote currency.</summary>
    public decimal Cash => _cash;

    /// <summary>The open position, or null when flat.</summary>
    public OpenPosition? Position => _position;

    /// <summary>Cash plus the position marked at the last close, in quote currency.</summary>
    public decimal Equity => _cash + PositionValue();

    /// <summary>
    /// Processes one closed candle (see the class summary for the order of work). Candles must come in strictly
    /// increasing open time; gaps are allowed (stops are checked against whatever candle comes next).
    /// </summary>
    /// <remarks>A <see cref="ValueTask{TResult}"/>: it runs once per candle and, with the simulated broker and the
    /// in-memory journal, completes synchronously, so a million-candle backtest allocates no task per candle.
    /// Await it once, as any ValueTask.</remarks>
    /// <exception cref="ArgumentException">The candle is not after the previous one.</exception>
    public async ValueTask<EngineStep> OnClosedCandleAsync(Candle candle, CancellationToken ct)
    {
        if (candle.OpenTimeMs <= _lastOpenTimeMs)
        {
            throw new ArgumentException(
                $"Candles must arrive in increasing open time: got {candle.OpenTimeMs} after {_lastOpenTimeMs}.", nameof(candle));
        }
        long closeTimeMs = _settings.Timeframe.CloseTimeMs(candle.OpenTimeMs);
        _lastOpenTimeMs = candle.OpenTimeMs;
        _lastCloseTimeMs = closeTimeMs;
        _lastClose = candle.Close;

        var completed = await _broker.OnCandleAsync(new BrokerCandleParameters(candle, closeTimeMs), ct);
        for (int i = 0; i < completed.Count; i++) await BookAsync(completed[i], closeTimeMs, ct);

        if (_position is { } position && !(candle.Low > _skipBelowLow && candle.High < _skipAboveHigh))
        {
            var step = _risk.StepExits(position.Levels, candle);
            if (step.Trigger is { } trigger)
            {
                await ExitAtLevelAsync(trigger, candle.OpenTimeMs, closeTimeMs, ct);
            }
            else if (!ReferenceEquals(step.Levels, position.Levels))
            {
                SetPosition(position with { Levels = step.Levels });
            }
        }

        decimal positionValue = PositionValue();
        decimal equity = _cash + positionValue;
        _risk.ObserveEquity(new EquityObservation(closeTimeMs, equity));
        await _journal.EquityAsync(new EquityPoint(closeTimeMs, equity, _cash, positionValue), ct);

        var signal = _strategy.OnCandle(candle);
        if (signal.Kind == SignalKind.Exit && _position is { } held && _pendingExitId is null)
        {
            var id = ClientOrderIds.For(_idPrefix, candle.OpenTimeMs, "s");
            (_pendingExitId, _pendingExitReason) = (id, ExitReason.Signal);
            await SubmitAsync(new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.NextOpen, 0m, held.Amount, null, closeTimeMs, signal.Reason), closeTimeMs, ct);
            return new EngineStep(closeTimeMs, signal, equity, null, id);
        }
        if (signal.Kind == SignalKind.Enter && _position is null && _pendingEntryId is null)
        {
            var decision = _risk.EvaluateEntry(new EntryRequest(
                closeTimeMs, (decimal)_lastClose, equity, _cash / _cashReserveDivisor, 0, 0m, _settings.Market.MinNotional));
            if (!decision.IsAllowed) return new EngineStep(closeTimeMs, signal, equity, decision, null);
            var id = ClientOrderIds.For(_idPrefix, candle.OpenTimeMs, "b");
            _pendingEntryId = id;
            await SubmitAsync(new SubmitOrderParameters(id, OrderSide.Buy, OrderTrigger.NextOpen, decision.QuoteAmount, 0m, null, closeTimeMs, signal.Reason), closeTimeMs, ct);
            return new EngineStep(closeTimeMs, signal, equity, decision, id);
        }
        return new EngineStep(closeTimeMs, signal, equity, null, null);
    }

    /// <summary>
    /// Cancels open orders and sells the open position at the last close (with slippage and fee), as a backtest
    /// does at the end of its data; the equity point of the last close is replaced by the resulting cash.
    /// Does nothing without a candle seen.
    /// </summary>
    public async Task CloseAllAsync(CancellationToken ct)
    {
        if (_lastOpenTimeMs == long.MinValue) return;
        foreach (var canceled in await _broker.CancelOpenOrdersAsync(ct))
        {
            await _journal.OrderAsync(new OrderResult(canceled, OrderStatus.Canceled, null, null), ct);
        }
        _pendingEntryId = null;
        _pendingExitId = null;
        if (_position is { } position)
        {
            var id = ClientOrderIds.For(_idPrefix, _lastOpenTimeMs, "x");
            (_pendingExitId, _pendingExitReason) = (id, ExitReason.Manual);
            await SubmitAsync(
                new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.Immediate, 0m, position.Amount, (decimal)_lastClose, _lastCloseTimeMs, "close at end"),
                _lastCloseTimeMs, ct);
        }
        decimal positionValue = PositionValue();
        await _journal.EquityAsync(new EquityPoint(_lastCloseTimeMs, _cash + positionValue, _cash, positionValue), ct);
    }

    private async Task ExitAtLevelAsync(ExitTrigger trigger, long candleOpenTimeMs, long closeTimeMs, CancellationToken ct)
    {
        var (tag, kind) = trigger.Reason switch
        {
            ExitReason.TakeProfit => ("tp", OrderTrigger.Target),
            ExitReason.TrailingStop => ("ts", OrderTrigger.Stop),
            _ => ("sl", OrderTrigger.Stop),
        };
        // A stop fired inside the candle: a signal exit still waiting for the next open is superseded.
        if (_pendingExitId is not null)
        {
            foreach (var canceled in await _broker.CancelOpenOrdersAsync(ct))
            {
                await _journal.OrderAsync(new OrderResult(canceled, OrderStatus.Canceled, null, null), ct);
            }
        }
        var id = ClientOrderIds.For(_idPrefix, candleOpenTimeMs, tag);
        (_pendingExitId, _pendingExitReason) = (id, trigger.Reason);
        await SubmitAsync(
            new SubmitOrderParameters(id, OrderSide.Sell, kind, 0m, _position!.Amount, trigger.Price, closeTimeMs, ExitReasons.Name(trigger.Reason)),
            closeTimeMs, ct);
    }

    private async Task SubmitAsync(SubmitOrderParameters order, long closeTimeMs, CancellationToken ct)
    {
        // A buy is sized in quote currency, a sell in base: log the one the order carries (the other is 0).
        var market = _settings.Market;
        var (size, asset) = order.Amount > 0 ? (market.Amount(order.Amount), market.Base) : (market.Money(order.QuoteAmount), market.Quote);
        _log.Information("Order {ClientOrderId} {Side} {Trigger} {Size} {Asset} because {Reason}",
            order.ClientOrderId, order.Side, order.Trigger, size, asset, order.Reason);
        var result = await _broker.SubmitAsync(order, ct);
        await BookAsync(result, closeTimeMs, ct);
    }

    private async Task BookAsync(OrderResult result, long closeTimeMs, CancellationToken ct)
    {
        await _journal.OrderAsync(result, ct);
        var id = result.Order.ClientOrderId;
        if (result.Status == OrderStatus.Open) return;
        if (id == _pendingEntryId) _pendingEntryId = null;
        var exitReason = _pendingExitReason;
        if (id == _pendingExitId) _pendingExitId = null;
        if (result.Status != OrderStatus.Closed || result.Fill is not { } fill)
        {
            _log.Warning("Order {ClientOrderId} {Status}: {Reason}", id, result.Status, result.RejectReason);
            return;
        }

        if (fill.Side == OrderSide.Buy)
        {
            if (_position is not null) throw new InvalidOperationException($"Buy fill {id} arrived while a position is open; the engine holds one position at a time.");
            _cash -= fill.Notional + fill.Fee;
            SetPosition(new OpenPosition(fill.Amount, fill.Price, fill.Fee, fill.TimeMs, id, _risk.OpenExitLevels(fill.Price)));
            _log.Information("Opened {Amount} {Base} at {Price} fee {Fee} by {ClientOrderId}",
                _settings.Market.Amount(fill.Amount), _settings.Market.Base, _settings.Market.Money(fill.Price), _settings.Market.Money(fill.Fee), id);
            await _journal.TradeOpenedAsync(_position!, ct);
            return;
        }

        if (_position is not { } position) throw new InvalidOperationException($"Sell fill {id} arrived while flat.");
        _cash += fill.Notional - fill.Fee;
        SetPosition(null);
        var trade = new RoundTrip(
            OrderSide.Buy, position.Amount, position.EntryTimeMs, position.EntryPrice, position.EntryFee, position.EntryOrderId,
            fill.TimeMs, fill.Price, fill.Fee, id, exitReason);
        _risk.RecordTrade(new TradeResult(closeTimeMs, trade.Cost, trade.Pnl, trade.ExitReason, _cash));
        _log.Information("Closed {Amount} {Base} at {Price} ({ExitReason}) pnl {Pnl} fees {Fees} by {ClientOrderId}",
            _settings.Market.Amount(trade.Amount), _settings.Market.Base, _settings.Market.Money(trade.ExitPrice), trade.ExitReason,
            _settings.Market.Money(trade.Pnl), _settings.Market.Money(trade.Fees), id);
        await _journal.TradeClosedAsync(trade, ct);
    }

    private decimal PositionValue() => _position is { } p ? p.Amount * (decimal)_lastClose : 0m;

    private void SetPosition(OpenPosition? position)
    {
        _position = position;
        if (position is null)
        {
            _skipBelowLow = double.PositiveInfinity;
            _skipAboveHigh = double.NegativeInfinity;
            return;
        }
        var levels = position.Levels;
        _skipBelowLow = levels.EffectiveStopPrice is { } stop ? (double)stop * (1 + SkipMargin) : double.NegativeInfinity;
        double ceiling = (double)levels.HighestPrice;
        if (levels.TakeProfitPrice is { } target) ceiling = Math.Min(ceiling, (double)target);
        _skipAboveHigh = ceiling * (1 - SkipMargin);
    }
}
