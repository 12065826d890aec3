using System.Runtime.CompilerServices;
using Serilog;
using Serilog.Events;
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
/// time, in order. It never reads the wall clock: time is the candle's. Long-only spot. Up to
/// <c>risk.max_open_positions</c> positions (lots) at once: each entry opens its own lot with its own stop, trailing
/// stop and target; an exit signal closes every lot (position stacking, as freqtrade's <c>position_adjustment</c> off
/// with <c>max_open_trades</c> per pair, and Jesse's separate orders). Per candle, in order:
/// (1) the broker reports orders completed during the candle (market orders decided at the previous close fill
/// at this candle's open) and the engine books them;
/// (2) each lot, oldest first, is checked against its stop, trailing stop and target with this candle's low/high
/// (<see cref="RiskManager.StepExits"/>, stop wins when both are inside the candle) and closed at the level; a lot a
/// limit entry opened inside this candle is checked from the next candle on (when inside the candle it filled is
/// unknown, and live its stop reaches the exchange only after the candle); a lot whose limit exit rests has no stop or
/// target order (one sell of the same coins at a time), so a level reached then sells it at market at the next open;
/// (3) equity is marked at the close and fed to the journal, and to risk when its breakers watch equity (money is booked
/// in decimal at fills only: the mark is the books of the last fill, <see cref="EquityBook"/>, at the close, and its exact
/// decimal figures are computed only where they are read);
/// (4) the strategy sees the candle; an exit signal sells every lot at the next open; an entry signal, while no
/// order is pending, is vetted by risk (which counts the open lots against <c>max_open_positions</c>) and sized, and
/// buys its quote amount at the next open.
/// When the broker holds stops (<see cref="IBroker.HoldsStops"/>, live trading) each lot's stop rests on the exchange
/// instead of step (2) checking it: placed as a stop-limit sell when the lot opens, moved (cancel, then a new order
/// with a new deterministic id) when the trailing stop ratchets, booked at its real fill when the broker reports it
/// filled, and canceled before any other sell of the lot, so a lot is never sold twice nor left without its stop.
/// A lot whose stop the exchange refused falls back to step (2) (the live broker sells a lot whose stop the price is
/// already through at once, answering the stop resting and reporting its fill as the stop's). A lot with a take
/// profit offers the broker its target with the stop: a venue with OCO order lists holds both (step (2) then checks
/// neither; the leg that fills is the lot's exit, a take profit when it filled at or above the target), and one
/// without holds the stop alone (the placement's answer drops the target, which step (2) keeps checking). A live limit
/// order filling in parts is booked part by part (TradingEngine.Parts.cs).
/// Not thread-safe: one loop owns an engine.
/// </summary>
public sealed partial class TradingEngine
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
    private readonly List<OpenPosition> _positions = [];
    // Cash and lots as of the last fill; replaced at each fill, marked at each close.
    private EquityBook _book;
    private string? _pendingEntryId;
    // Exit orders waiting for their fill: client order id -> the lot (its entry order id) and why it is closed.
    private readonly Dictionary<string, (string EntryOrderId, ExitReason Reason)> _pendingExits = new(StringComparer.Ordinal);
    // Protective stops resting on the exchange (only when the broker holds stops): the lot (its entry order id) -> the order.
    private readonly Dictionary<string, (SubmitOrderParameters Order, ExitReason Reason)> _stops = new(StringComparer.Ordinal);
    // Resting limit orders (entry: or exit: type limit): client id -> the order and the candles it may still rest.
    private readonly Dictionary<string, (SubmitOrderParameters Order, int CandlesLeft)> _limits = new(StringComparer.Ordinal);
    // Lots a limit entry opened during the candle being stepped: the fill's moment inside the candle is unknown and a
    // live stop only goes on the exchange after the candle, so their exits are checked from the next candle on.
    private readonly HashSet<string> _openedByLimitThisCandle = new(StringComparer.Ordinal);
    // Lots (entry order ids) whose exchange-held stop is gone without closing them: the venue ended it (expired), or their
    // limit exit ended unfilled (the stop was canceled for it). Their stop goes back on the exchange after this candle's
    // exit checks (live only).
    private readonly List<string> _reprotect = [];
    // Lots whose limit exit rested during the candle being stepped: no stop or target order rested for them meanwhile.
    private readonly HashSet<string> _limitExitRestedThisCandle = new(StringComparer.Ordinal);
    private long _lastOpenTimeMs = long.MinValue;
    private long _lastCloseTimeMs;
    private double _lastClose;

    // Fast path: a candle strictly inside these bounds cannot touch any lot's stop or target (nor, unless ratchets are
    // deferred, raise its highest price), so RiskManager.StepExits can be skipped (it converts three prices to decimal).
    // The margin dwarfs the double-to-decimal rounding (15 digits).
    private const double SkipMargin = 1e-9;
    private double _skipBelowLow = double.PositiveInfinity;
    private double _skipAboveHigh = double.NegativeInfinity;

    // The candle length when fixed (0 for calendar months): a close time is then one addition.
    private readonly long _fixedDurationMs;

    // Deferred ratchets (stops checked here, not held by the venue): a candle that touches no stop and no target but makes
    // a new high only raises the lots' highest price and trailing stop, which decides nothing until a later candle comes
    // near a level. Those highs are kept as one double (the highest; converting to decimal preserves order) and applied
    // to every lot's levels, through the same RiskManager.StepExits as any candle, before anything reads or changes the
    // lots: the levels come out exactly as if each candle had ratcheted them. Between two applications the lots do not
    // change (every booking applies them first), so one pending high serves them all.
    private readonly bool _defersRatchets;
    private readonly double _trailingFactor;
    private double _deferredHigh = double.NegativeInfinity;

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
        _book = new EquityBook(_cash, []);
        _fixedDurationMs = settings.Timeframe.IsCalendar ? 0 : settings.Timeframe.DurationMs;
        _defersRatchets = !broker.HoldsStops;
        _trailingFactor = risk.TrailingStop is { } trailing ? 1.0 - (double)trailing : 0.0;
    }

    /// <summary>Free quote currency.</summary>
    public decimal Cash => _cash;

    /// <summary>The open positions (lots), oldest first; empty when flat.</summary>
    public IReadOnlyList<OpenPosition> Positions
    {
        get
        {
            ApplyDeferredRatchets();
            return _positions;
        }
    }

    /// <summary>Base currency held over every lot.</summary>
    public decimal Holding => _book.Holding;

    /// <summary>Cash plus the positions marked at the last close, in quote currency.</summary>
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
        var step = await StepAsync(candle, ct);
        return new EngineStep(step.Mark.TimeMs, step.Signal, step.Mark.Equity, step.Entry, step.OrderId);
    }

    /// <summary>
    /// <see cref="OnClosedCandleAsync"/> without the decimal equity of its result, which a backtest does not read: the
    /// mark carries the books to compute it from.
    /// </summary>
    /// <remarks>Most candles fill nothing, have no order resting and no level within reach, and the backtest's journal
    /// completes at once: they take the synchronous path, with no async state machine per candle. Any other candle
    /// takes <see cref="StepSlowAsync"/>, the same stages with awaits.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    internal ValueTask<CandleStep> StepAsync(Candle candle, CancellationToken ct)
    {
        long closeTimeMs = Advance(candle);
        if (_openedByLimitThisCandle.Count > 0) _openedByLimitThisCandle.Clear();
        NoteLimitExitsResting();
        var completing = _broker.OnCandleAsync(new BrokerCandleParameters(candle, closeTimeMs), ct);
        if (!completing.IsCompletedSuccessfully) return StepSlowAsync(completing, candle, closeTimeMs, ct);
        var completed = completing.Result;
        if (completed.Count > 0 || _limits.Count > 0 || NeedsExitCheck(candle))
        {
            return StepSlowAsync(new ValueTask<IReadOnlyList<OrderResult>>(completed), candle, closeTimeMs, ct);
        }
        DeferRatchet(candle.High);
        var mark = Mark(closeTimeMs, candle.Close);
        var journaled = _journal.MarkAsync(mark, ct);
        if (!journaled.IsCompletedSuccessfully) return DecideAfterAsync(journaled, mark, candle, ct);
        journaled.GetAwaiter().GetResult();
        return Decide(_strategy.OnCandle(candle), mark, candle, ct);
    }

    private async ValueTask<CandleStep> StepSlowAsync(ValueTask<IReadOnlyList<OrderResult>> completing, Candle candle, long closeTimeMs, CancellationToken ct)
    {
        var completed = await completing;
        ApplyDeferredRatchets();
        for (int i = 0; i < completed.Count; i++) await BookAsync(completed[i], closeTimeMs, ct);
        if (_limits.Count > 0) await ExpireLimitsAsync(closeTimeMs, ct);
        if (NeedsExitCheck(candle)) await StepExitsAsync(candle, closeTimeMs, ct);
        else DeferRatchet(candle.High);
        if (_reprotect.Count > 0) await ReprotectAsync(closeTimeMs, ct);
        var mark = Mark(closeTimeMs, candle.Close);
        await _journal.MarkAsync(mark, ct);
        return await Decide(_strategy.OnCandle(candle), mark, candle, ct);
    }

    private async ValueTask<CandleStep> DecideAfterAsync(ValueTask journaling, EquityMark mark, Candle candle, CancellationToken ct)
    {
        await journaling;
        return await Decide(_strategy.OnCandle(candle), mark, candle, ct);
    }

    // Checks the candle's order and records its times; returns its close time.
    private long Advance(in Candle candle)
    {
        if (candle.OpenTimeMs <= _lastOpenTimeMs)
        {
            throw new ArgumentException(
                $"Candles must arrive in increasing open time: got {candle.OpenTimeMs} after {_lastOpenTimeMs}.", nameof(candle));
        }
        long closeTimeMs = _fixedDurationMs > 0 ? candle.OpenTimeMs + _fixedDurationMs : _settings.Timeframe.CloseTimeMs(candle.OpenTimeMs);
        _lastOpenTimeMs = candle.OpenTimeMs;
        _lastCloseTimeMs = closeTimeMs;
        _lastClose = candle.Close;
        return closeTimeMs;
    }

    // A candle strictly inside the skip bounds cannot touch any lot's levels (see SkipMargin).
    private bool NeedsExitCheck(in Candle candle) => _positions.Count > 0 && !(candle.Low > _skipBelowLow && candle.High < _skipAboveHigh);

    // Equity at the close, fed to the breakers that watch it (they price the book exactly only near a trip or a new peak).
    private EquityMark Mark(long closeTimeMs, double close)
    {
        if (_risk.ObservesEquity) _risk.ObserveEquity(new EquityObservation(closeTimeMs, close, _book));
        return new EquityMark(closeTimeMs, close, _book);
    }

    // The signal's consequences: only an exit with lots open or an entry with no order pending does anything.
    private ValueTask<CandleStep> Decide(Signal signal, EquityMark mark, in Candle candle, CancellationToken ct)
    {
        bool exits = signal.Kind == SignalKind.Exit && _positions.Count > 0;
        bool enters = signal.Kind == SignalKind.Enter && _pendingEntryId is null && _pendingExits.Count == 0;
        return exits || enters ? DecideAsync(signal, mark, candle.OpenTimeMs, ct) : new ValueTask<CandleStep>(new CandleStep(signal, mark, null, null));
    }

    private async ValueTask<CandleStep> DecideAsync(Signal signal, EquityMark mark, long openTimeMs, CancellationToken ct)
    {
        ApplyDeferredRatchets();
        long closeTimeMs = mark.TimeMs;
        if (signal.Kind == SignalKind.Exit)
        {
            string? first = null;
            await EndRestingEntryAsync(closeTimeMs, ct);
            foreach (var (lot, index) in LotsWithoutExit())
            {
                var id = ClientOrderIds.For(_idPrefix, openTimeMs, LotTag("s", index));
                if (!await CancelStopAsync(lot, closeTimeMs, ct)) continue;
                first ??= id;
                _pendingExits[id] = (lot.EntryOrderId, ExitReason.Signal);
                await SubmitAsync(Placed(_settings.Exit, new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.NextOpen, 0m, lot.Amount, null, closeTimeMs, signal.Reason)), closeTimeMs, ct);
            }
            return new CandleStep(signal, mark, null, first);
        }
        decimal positionValue = mark.PositionValue;
        var decision = _risk.EvaluateEntry(new EntryRequest(
            closeTimeMs, (decimal)_lastClose, mark.Cash + positionValue, _cash / _cashReserveDivisor, _positions.Count, positionValue, _settings.Market.MinNotional));
        if (!decision.IsAllowed) return new CandleStep(signal, mark, decision, null);
        var entryId = ClientOrderIds.For(_idPrefix, openTimeMs, "b");
        _pendingEntryId = entryId;
        await SubmitAsync(Placed(_settings.Entry, new SubmitOrderParameters(entryId, OrderSide.Buy, OrderTrigger.NextOpen, decision.QuoteAmount, 0m, null, closeTimeMs, signal.Reason)), closeTimeMs, ct);
        return new CandleStep(signal, mark, decision, entryId);
    }

    /// <summary>
    /// Cancels open orders and sells every lot at the last close (with slippage and fee), as a backtest does at the
    /// end of its data; the equity point of the last close is replaced by the resulting cash. Does nothing without a
    /// candle seen.
    /// </summary>
    public async Task CloseAllAsync(CancellationToken ct)
    {
        if (_lastOpenTimeMs == long.MinValue) return;
        await SellAllNowAsync("close at end", ct);
        await _journal.MarkAsync(new EquityMark(_lastCloseTimeMs, _lastClose, _book), ct);
    }

    /// <summary>True while the operator's pause refuses entries (exits go on).</summary>
    public bool IsPaused => _risk.Pause.IsPaused;

    /// <summary>The operator's pause: no new entries from the next candle on (idempotent).</summary>
    public void Pause() => _risk.Pause.Pause();

    /// <summary>Ends the operator's pause (idempotent).</summary>
    public void Resume() => _risk.Pause.Resume();

    /// <summary>The breakers refusing entries as of the last close (<c>drawdown</c>, <c>daily loss</c>); empty when none.</summary>
    public IReadOnlyList<string> TrippedBreakers => _risk.TrippedBreakers(_lastCloseTimeMs);

    /// <summary>Re-arms the drawdown and daily loss breakers as of the last close, each measured from the equity then.</summary>
    public void ResetBreakers() => _risk.ResetBreakers(_lastCloseTimeMs);

    /// <summary>
    /// The operator's force-exit: cancels open orders and sells every lot now at market (booked at the last close, with
    /// slippage and fee; live, a market order). Does nothing when flat or before the first candle.
    /// </summary>
    public async Task ForceExitAsync(string reason, CancellationToken ct)
    {
        if (_lastOpenTimeMs == long.MinValue) return;
        await SellAllNowAsync(reason, ct);
    }

    // Cancels open orders, then sells each lot without a pending exit at the last close (exit reason manual).
    private async Task SellAllNowAsync(string reason, CancellationToken ct)
    {
        ApplyDeferredRatchets();
        await EndRestingEntryAsync(_lastCloseTimeMs, ct);
        await CancelOpenOrdersAsync(_lastCloseTimeMs, ct);
        foreach (var (lot, index) in LotsWithoutExit())
        {
            if (!await CancelStopAsync(lot, _lastCloseTimeMs, ct)) continue;
            var id = ClientOrderIds.For(_idPrefix, _lastOpenTimeMs, LotTag("x", index));
            _pendingExits[id] = (lot.EntryOrderId, ExitReason.Manual);
            await SubmitAsync(
                new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.Immediate, 0m, lot.Amount, (decimal)_lastClose, _lastCloseTimeMs, reason),
                _lastCloseTimeMs, ct);
        }
    }

    // Lots (with their index among the open lots, which tags their exit ids) that no exit order is waiting for.
    private List<(OpenPosition Lot, int Index)> LotsWithoutExit()
    {
        var lots = new List<(OpenPosition, int)>(_positions.Count);
        for (int i = 0; i < _positions.Count; i++)
        {
            if (!IsExitPending(_positions[i].EntryOrderId)) lots.Add((_positions[i], i));
        }
        return lots;
    }

    private bool IsExitPending(string entryOrderId)
    {
        foreach (var pending in _pendingExits.Values)
        {
            if (pending.EntryOrderId == entryOrderId) return true;
        }
        return false;
    }

    // The first lot keeps the plain tag, so a single-position instance has the ids it always had.
    private static string LotTag(string tag, int index) => index == 0 ? tag : tag + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task StepExitsAsync(Candle candle, long closeTimeMs, CancellationToken ct)
    {
        var lots = _positions.ToArray();
        bool levelsChanged = false;
        for (int i = 0; i < lots.Length; i++)
        {
            var lot = lots[i];
            if (_openedByLimitThisCandle.Contains(lot.EntryOrderId)) continue;
            bool stopHeld = _stops.TryGetValue(lot.EntryOrderId, out var held);
            var step = _risk.StepExits(lot.Levels, candle, stopHeld, stopHeld && held.Order.TargetPrice is not null);
            if (step.Trigger is { } trigger)
            {
                if (lot.EntryOrderId == _pendingEntryId)
                {
                    await EndRestingEntryAsync(closeTimeMs, ct);
                    if (_positions.Find(p => p.EntryOrderId == lot.EntryOrderId) is not { } current) continue;
                    lot = current;
                }
                if (await CancelStopAsync(lot, closeTimeMs, ct)) await ExitAtLevelAsync(lot, i, trigger, candle.OpenTimeMs, closeTimeMs, ct);
            }
            else if (!ReferenceEquals(step.Levels, lot.Levels))
            {
                int at = _positions.IndexOf(lot);
                if (at < 0) continue;
                _positions[at] = lot with { Levels = step.Levels };
                levelsChanged = true;
                await MoveStopAsync(_positions[at], closeTimeMs, ct);
            }
        }
        if (levelsChanged) UpdateSkipBounds();
    }

    private async Task ExitAtLevelAsync(OpenPosition lot, int index, ExitTrigger trigger, long candleOpenTimeMs, long closeTimeMs, CancellationToken ct)
    {
        var (tag, kind) = trigger.Reason switch
        {
            ExitReason.TakeProfit => ("tp", OrderTrigger.Target),
            ExitReason.TrailingStop => ("ts", OrderTrigger.Stop),
            _ => ("sl", OrderTrigger.Stop),
        };
        // While a limit exit rests no stop or target order rests for the lot (the venue holds one sell of the same coins;
        // no OCO): the level is a check at the close, and the lot is sold at market from there, in every mode.
        bool limitExitResting = _limitExitRestedThisCandle.Contains(lot.EntryOrderId);
        // A stop fired inside the candle: a signal exit of this lot still waiting for the next open is superseded.
        if (IsExitPending(lot.EntryOrderId)) await CancelOpenOrdersAsync(closeTimeMs, ct);
        // Still pending: the exit filled before its cancel arrived (live); the next step books it, nothing else sells.
        if (IsExitPending(lot.EntryOrderId)) return;
        var id = ClientOrderIds.For(_idPrefix, candleOpenTimeMs, LotTag(tag, index));
        _pendingExits[id] = (lot.EntryOrderId, trigger.Reason);
        var order = limitExitResting
            ? new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.NextOpen, 0m, lot.Amount, null, closeTimeMs, ExitReasons.Name(trigger.Reason))
            : new SubmitOrderParameters(id, OrderSide.Sell, kind, 0m, lot.Amount, trigger.Price, closeTimeMs, ExitReasons.Name(trigger.Reason));
        await SubmitAsync(order, closeTimeMs, ct);
    }

    // The lots whose limit exit rested during the candle being stepped (taken before its fill or timeout is booked).
    private void NoteLimitExitsResting()
    {
        if (_limitExitRestedThisCandle.Count > 0) _limitExitRestedThisCandle.Clear();
        if (_limits.Count == 0) return;
        foreach (var (id, pending) in _pendingExits)
        {
            if (_limits.ContainsKey(id)) _limitExitRestedThisCandle.Add(pending.EntryOrderId);
        }
    }

    // A market order as decided, or, with `type: limit`, a limit order at the offset from this close that rests for the timeout.
    private SubmitOrderParameters Placed(OrderConfig? config, SubmitOrderParameters market)
    {
        if (config is not { IsLimit: true }) return market;
        var limit = market with { Trigger = OrderTrigger.Limit, Price = config.LimitPrice(market.Side, (decimal)_lastClose, _settings.Market), PostOnly = config.PostOnly };
        _limits[limit.ClientOrderId] = (limit, config.TimeoutCandles);
        return limit;
    }

    // Each candle a resting limit order has not filled in counts against its timeout; at the timeout it is canceled
    // (a fill the cancel finds is booked instead).
    private async Task ExpireLimitsAsync(long closeTimeMs, CancellationToken ct)
    {
        foreach (var (id, (order, left)) in _limits.ToArray())
        {
            if (id != _pendingEntryId && !_pendingExits.ContainsKey(id))
            {
                _limits.Remove(id);
                continue;
            }
            if (left > 1)
            {
                _limits[id] = (order, left - 1);
                continue;
            }
            _limits.Remove(id);
            _log.Information("Limit order {ClientOrderId} unfilled after its timeout; canceling it", id);
            await BookAsync(await _broker.CancelAsync(order, ct), closeTimeMs, ct);
        }
    }

    // Lots left without their stop (see _reprotect) get it back on the exchange, unless closed or exiting again meanwhile.
    private async Task ReprotectAsync(long closeTimeMs, CancellationToken ct)
    {
        foreach (var entryOrderId in _reprotect)
        {
            var lot = _positions.Find(p => p.EntryOrderId == entryOrderId);
            if (lot is null || _stops.ContainsKey(entryOrderId) || IsExitPending(entryOrderId)) continue;
            await PlaceStopAsync(lot, "r", closeTimeMs, ct);
        }
        _reprotect.Clear();
    }

    // The exchange-held stop of a lot that just opened: a stop-limit sell of the whole lot at its effective stop.
    private async Task PlaceStopAsync(OpenPosition lot, string tag, long closeTimeMs, CancellationToken ct)
    {
        if (lot.Levels.EffectiveStopPrice is not { } level) return;
        int index = _positions.FindIndex(p => p.EntryOrderId == lot.EntryOrderId);
        var market = _settings.Market;
        decimal stop = market.RoundPrice(level);
        var id = ClientOrderIds.For(_idPrefix, _lastOpenTimeMs, LotTag(tag, index));
        decimal? target = lot.Levels.TakeProfitPrice is { } takeProfit ? market.RoundPrice(takeProfit) : null;
        var order = new SubmitOrderParameters(id, OrderSide.Sell, OrderTrigger.Protective, 0m, lot.Amount, stop, closeTimeMs,
            ExitReasons.Name(lot.Levels.StopReason), ProtectiveStops.LimitPrice(stop, market), TargetPrice: target);
        _stops[lot.EntryOrderId] = (order, lot.Levels.StopReason);
        var result = await SubmitAsync(order, closeTimeMs, ct);
        // Resting: kept as the broker placed it (with the target when the venue holds it too, without otherwise).
        if (result.Status == OrderStatus.Open && _stops.ContainsKey(lot.EntryOrderId)) _stops[lot.EntryOrderId] = (result.Order, lot.Levels.StopReason);
    }

    // The trailing stop ratcheted: the resting stop moves up (cancel, then a new revision with this candle's id).
    private async Task MoveStopAsync(OpenPosition lot, long closeTimeMs, CancellationToken ct)
    {
        if (!_stops.TryGetValue(lot.EntryOrderId, out var current) || lot.Levels.EffectiveStopPrice is not { } level) return;
        decimal stop = _settings.Market.RoundPrice(level);
        if (stop <= current.Order.Price) return;
        if (stop >= (decimal)_lastClose)
        {
            // The venue refuses a sell stop at or above the price (it would trigger at once), and canceling first would
            // leave the lot bare: the resting stop stays until a later ratchet lands below the price.
            _log.Information("Trailing stop {Stop} of {EntryOrderId} is at or above the close {Close}; keeping the resting stop at {Resting}",
                stop, lot.EntryOrderId, _settings.Market.Money((decimal)_lastClose), current.Order.Price);
            return;
        }
        if (await CancelStopAsync(lot, closeTimeMs, ct)) await PlaceStopAsync(lot, "m", closeTimeMs, ct);
    }

    /// <summary>
    /// Cancels the lot's resting stop before anything else sells the lot. True when the lot is still open to sell
    /// (no stop, or the stop canceled); false when the stop had filled first, which is then booked as the lot's exit.
    /// </summary>
    private async Task<bool> CancelStopAsync(OpenPosition lot, long closeTimeMs, CancellationToken ct)
    {
        if (!_stops.TryGetValue(lot.EntryOrderId, out var stop)) return true;
        var result = await _broker.CancelAsync(stop.Order, ct);
        if (result.Status == OrderStatus.Open)
        {
            throw new InvalidOperationException($"Protective stop {stop.Order.ClientOrderId} is still open after its cancel.");
        }
        await BookAsync(result, closeTimeMs, ct);
        return result.Status != OrderStatus.Closed;
    }

    private string? LotOfStop(string clientOrderId)
    {
        foreach (var (entry, stop) in _stops)
        {
            if (stop.Order.ClientOrderId == clientOrderId) return entry;
        }
        return null;
    }

    private async Task CancelOpenOrdersAsync(long timeMs, CancellationToken ct)
    {
        foreach (var canceled in await _broker.CancelOpenOrdersAsync(ct))
        {
            await _journal.OrderAsync(new OrderResult(canceled, OrderStatus.Canceled, null, null), timeMs, ct);
            ForgetPending(canceled.ClientOrderId);
        }
    }

    private void ForgetPending(string clientOrderId)
    {
        if (clientOrderId == _pendingEntryId) _pendingEntryId = null;
        _pendingExits.Remove(clientOrderId);
    }

    private async Task<OrderResult> SubmitAsync(SubmitOrderParameters order, long closeTimeMs, CancellationToken ct)
    {
        // A buy is sized in quote currency, a sell in base: log the one the order carries (the other is 0).
        if (_log.IsEnabled(LogEventLevel.Information))
        {
            var market = _settings.Market;
            var (size, asset) = order.Amount > 0 ? (market.Amount(order.Amount), market.Base) : (market.Money(order.QuoteAmount), market.Quote);
            _log.Information("Order {ClientOrderId} {Side} {Trigger} {Size} {Asset} because {Reason}",
                order.ClientOrderId, order.Side, order.Trigger, size, asset, order.Reason);
        }
        var result = await _broker.SubmitAsync(order, ct);
        await BookAsync(result, closeTimeMs, ct);
        return result;
    }

    private async Task BookAsync(OrderResult result, long closeTimeMs, CancellationToken ct)
    {
        await _journal.OrderAsync(result, closeTimeMs, ct);
        var id = result.Order.ClientOrderId;
        if (result.Status == OrderStatus.Open)
        {
            if (result.Fill is { } part) await BookPartAsync(result.Order, part, closeTimeMs, ct);
            return;
        }
        result = WithPartsEnded(result);
        var exit = _pendingExits.GetValueOrDefault(id);
        ForgetPending(id);
        string? lapsed = null;
        if (LotOfStop(id) is { } protectedLot)
        {
            // A stop that ended: filled (the lot's exit), canceled by the engine or refused (the lot falls back to candle
            // checks), or ended by the venue (expired: placed again below).
            // An OCO's target leg fills at its limit, at or above the target; its stop leg below the stop, far under it.
            bool targetLeg = result.Fill is { } legFill && result.Order.TargetPrice is { } legTarget && legFill.Price >= legTarget;
            exit = (protectedLot, targetLeg ? ExitReason.TakeProfit : _stops[protectedLot].Reason);
            _stops.Remove(protectedLot);
            if (result.Status == OrderStatus.Expired) lapsed = protectedLot;
        }
        if (result.Status != OrderStatus.Closed || result.Fill is not { } fill)
        {
            // The engine cancels orders itself (a moved stop, an expired limit order); only a refusal is worth a warning.
            if (result.Status == OrderStatus.Canceled) _log.Information("Order {ClientOrderId} canceled", id);
            else _log.Warning("Order {ClientOrderId} {Status}: {Reason}", id, result.Status, result.RejectReason);
            // A lot is never left bare: when the venue ended its stop, or its limit exit ended unfilled (the stop was canceled
            // for that exit), its stop goes back on the exchange in this step after the exit checks (ReprotectAsync; refused,
            // e.g. already crossed, the lot falls back to candle checks like any refused stop).
            if (lapsed is not null) _reprotect.Add(lapsed);
            else if (_broker.HoldsStops && result.Order.Trigger == OrderTrigger.Limit && result.Order.Side == OrderSide.Sell && exit.EntryOrderId is { } lotId)
            {
                _reprotect.Add(lotId);
            }
            return;
        }

        if (fill.Side == OrderSide.Buy)
        {
            if (_positions.Exists(p => p.EntryOrderId == id))
            {
                await GrowLotAsync(result.Order, fill, closeTimeMs, ct);
                return;
            }
            await OpenLotAsync(result.Order, fill, closeTimeMs, ct);
            return;
        }

        int at = exit.EntryOrderId is null ? -1 : _positions.FindIndex(p => p.EntryOrderId == exit.EntryOrderId);
        if (at < 0) throw new InvalidOperationException($"Sell fill {id} closes no open position.");
        var position = _positions[at];
        _positions.RemoveAt(at);
        _cash += fill.Notional - fill.Fee;
        Rebook();
        // An exit that sold in parts: the lot as it was before them, the exit over every part.
        (position, fill) = WithExitParts(id, position, fill);
        var trade = new RoundTrip(
            OrderSide.Buy, position.Amount, position.EntryTimeMs, position.EntryPrice, position.EntryFee, position.EntryOrderId,
            fill.TimeMs, fill.Price, fill.Fee, id, exit.Reason);
        _risk.RecordTrade(new TradeResult(closeTimeMs, trade.Cost, trade.Pnl, trade.ExitReason, _cash + PositionValue()));
        if (_log.IsEnabled(LogEventLevel.Information))
        {
            _log.Information("Closed {Amount} {Base} at {Price} ({ExitReason}) pnl {Pnl} fees {Fees} by {ClientOrderId}",
                _settings.Market.Amount(trade.Amount), _settings.Market.Base, _settings.Market.Money(trade.ExitPrice), trade.ExitReason,
                _settings.Market.Money(trade.Pnl), _settings.Market.Money(trade.Fees), id);
        }
        await _journal.TradeClosedAsync(trade, ct);
    }

    // A lot opened by an entry's fill (or its first part): booked, and its stop placed on the exchange when the venue holds stops.
    private async Task OpenLotAsync(SubmitOrderParameters order, BrokerFill fill, long closeTimeMs, CancellationToken ct)
    {
        var id = order.ClientOrderId;
        _cash -= fill.Notional + fill.Fee;
        var opened = new OpenPosition(fill.Amount, fill.Price, fill.Fee, fill.TimeMs, id, _risk.OpenExitLevels(fill.Price));
        _positions.Add(opened);
        if (order.Trigger == OrderTrigger.Limit) _openedByLimitThisCandle.Add(id);
        Rebook();
        if (_log.IsEnabled(LogEventLevel.Information))
        {
            _log.Information("Opened {Amount} {Base} at {Price} fee {Fee} by {ClientOrderId} ({Lots} open)",
                _settings.Market.Amount(fill.Amount), _settings.Market.Base, _settings.Market.Money(fill.Price), _settings.Market.Money(fill.Fee), id, _positions.Count);
        }
        await _journal.TradeOpenedAsync(opened, ct);
        if (_broker.HoldsStops) await PlaceStopAsync(opened, "p", closeTimeMs, ct);
    }

    private decimal PositionValue() => _book.PositionValue(_lastClose);

    // After a fill: new books for the marks, new bounds for the exit check.
    private void Rebook()
    {
        var lots = new decimal[_positions.Count];
        for (int i = 0; i < lots.Length; i++) lots[i] = _positions[i].Amount;
        _book = new EquityBook(_cash, lots);
        UpdateSkipBounds();
    }

    // A candle that needed no exit check: its high waits in _deferredHigh (and its trailing stop raises the low bound).
    private void DeferRatchet(double high)
    {
        if (!_defersRatchets || _positions.Count == 0 || high <= _deferredHigh) return;
        _deferredHigh = high;
        if (_trailingFactor > 0) _skipBelowLow = Math.Max(_skipBelowLow, high * _trailingFactor * (1 + SkipMargin));
    }

    // Ratchets every lot by the deferred high, as a candle that touches nothing but that high would (it is above every
    // stop and below every target by construction).
    private void ApplyDeferredRatchets()
    {
        if (double.IsNegativeInfinity(_deferredHigh)) return;
        double high = _deferredHigh;
        _deferredHigh = double.NegativeInfinity;
        var candle = new Candle(_lastOpenTimeMs, high, high, high, high, 0);
        for (int i = 0; i < _positions.Count; i++)
        {
            var lot = _positions[i];
            var step = _risk.StepExits(lot.Levels, candle);
            if (step.Trigger is not null) throw new InvalidOperationException($"A deferred ratchet to {high} touched a level of {lot.EntryOrderId}.");
            if (!ReferenceEquals(step.Levels, lot.Levels)) _positions[i] = lot with { Levels = step.Levels };
        }
        UpdateSkipBounds();
    }

    private void UpdateSkipBounds()
    {
        _skipBelowLow = double.PositiveInfinity;
        _skipAboveHigh = double.NegativeInfinity;
        if (_positions.Count == 0) return;
        _skipBelowLow = double.NegativeInfinity;
        _skipAboveHigh = double.PositiveInfinity;
        foreach (var position in _positions)
        {
            var levels = position.Levels;
            if (levels.EffectiveStopPrice is { } stop) _skipBelowLow = Math.Max(_skipBelowLow, (double)stop * (1 + SkipMargin));
            // With deferred ratchets a new high is no reason to check: only the target is.
            double ceiling = _defersRatchets ? double.PositiveInfinity : (double)levels.HighestPrice;
            if (levels.TakeProfitPrice is { } target) ceiling = Math.Min(ceiling, (double)target);
            _skipAboveHigh = Math.Min(_skipAboveHigh, ceiling * (1 - SkipMargin));
        }
    }
}
