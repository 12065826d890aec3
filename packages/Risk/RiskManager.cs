using Serilog;
using Serilog.Events;
using Trader.Risk.Sizing;
using Trader.Risk.Exits;
using Trader.Risk.Gates;
using Trader.Risk.Trades;
using Trader.Domain;

namespace Trader.Risk;

/// <summary>
/// Every risk rule of one instance (long-only spot), composed from small seams: an <see cref="IPositionSizer"/>,
/// <see cref="ExitPolicy"/> and the entry gates (drawdown and daily loss breakers, stop-out cooldown).
/// The engine calls it, per closed candle, in this order:
/// (1) <see cref="StepExits"/> for each open position, then <see cref="RecordTrade"/> for each position it closed;
/// (2) <see cref="ObserveEquity"/> with the equity at the close;
/// (3) <see cref="EvaluateEntry"/> when the strategy signals an entry; after the fill, <see cref="OpenExitLevels"/>.
/// Time is always candle time. Not thread-safe: one engine loop owns it.
/// </summary>
public sealed class RiskManager
{
    private readonly RiskConfig _config;
    private readonly IPositionSizer _sizer;
    private readonly ExitPolicy _exits;
    private readonly DrawdownBreaker? _drawdown;
    private readonly DailyLossBreaker? _dailyLoss;
    private readonly StopOutCooldown _cooldown;
    private readonly OperatorPause _pause = new();
    private readonly IEntryGate[] _gates;
    private readonly ILogger _log;

    /// <param name="config">Validated risk rules.</param>
    /// <param name="timeframe">The instance's candle period (counts cooldown candles).</param>
    /// <param name="log">Decisions, trips and resets are logged with structured properties.</param>
    /// <exception cref="ArgumentException">The stake sets no or several sizing modes, or risk per trade has no stop.</exception>
    public RiskManager(RiskConfig config, Timeframe timeframe, ILogger log)
        : this(config, timeframe, PositionSizer.FromConfig(config.Stake), log)
    {
    }

    /// <summary>Same, with a sizer of the caller's choice instead of the one <see cref="RiskConfig.Stake"/> describes.</summary>
    public RiskManager(RiskConfig config, Timeframe timeframe, IPositionSizer sizer, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sizer);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(config.MaxOpenPositions, 1, nameof(config));
        if (config.MaxExposure is { } exposure) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(exposure, 0m, nameof(config));

        _config = config;
        _sizer = sizer;
        _log = log.ForContext<RiskManager>();
        _exits = new ExitPolicy(config.StopLoss, config.TakeProfit, config.TrailingStop);
        if (config.Stake.RiskPerTrade is not null && _exits.StopDistance is null)
        {
            throw new ArgumentException("stake.risk_per_trade needs risk.stop_loss or risk.trailing_stop.", nameof(config));
        }
        _drawdown = config.MaxDrawdown is { } dd ? new DrawdownBreaker(dd, log) : null;
        _dailyLoss = config.MaxDailyLoss is { } dl ? new DailyLossBreaker(dl, log) : null;
        _cooldown = new StopOutCooldown(config.CooldownCandles, timeframe, log);
        // Order of the checks: the operator's pause, the breakers (account-wide), then the cooldown.
        _gates = new IEntryGate?[] { _pause, _drawdown, _dailyLoss, _cooldown }.OfType<IEntryGate>().ToArray();
    }

    /// <summary>Statistics of the trades fed to <see cref="RecordTrade"/>.</summary>
    public TradeStats Stats { get; } = new();

    /// <summary>True while the drawdown breaker refuses entries.</summary>
    public bool IsDrawdownBreakerTripped => _drawdown?.IsTripped ?? false;

    /// <summary>The operator's pause: while paused, entries are refused; exits go on.</summary>
    public OperatorPause Pause => _pause;

    /// <summary>The breakers refusing entries at <paramref name="timeMs"/> (a candle close): <c>drawdown</c>, <c>daily loss</c>; empty when none.</summary>
    public IReadOnlyList<string> TrippedBreakers(long timeMs)
    {
        var tripped = new List<string>(2);
        if (_drawdown?.IsTripped == true) tripped.Add("drawdown");
        if (_dailyLoss?.BlockReason(timeMs) is not null) tripped.Add("daily loss");
        return tripped;
    }

    /// <summary>Re-arms the drawdown and daily loss breakers (an operator's decision), each measured from the last equity seen.</summary>
    public void ResetBreakers(long timeMs)
    {
        _drawdown?.Reset(timeMs);
        _dailyLoss?.Reset(timeMs);
    }

    /// <summary>Exit levels for a position just filled at <paramref name="entryPrice"/> (quote per unit).</summary>
    public ExitLevels OpenExitLevels(decimal entryPrice) => _exits.Open(entryPrice);

    /// <summary>
    /// Checks one closed candle after the fill against an open position; returns the ratcheted levels to keep
    /// and, when a stop or the target was touched, the exit to execute at its price. With
    /// <paramref name="stopHeldByVenue"/> the stop is the exchange's to fill, so only the target is checked here; with
    /// <paramref name="targetHeldByVenue"/> too (an OCO), nothing is, and the levels only ratchet.
    /// </summary>
    public ExitStep StepExits(ExitLevels levels, in Candle candle, bool stopHeldByVenue = false, bool targetHeldByVenue = false)
    {
        var step = _exits.Step(levels, candle, stopHeldByVenue, targetHeldByVenue);
        if (step.Trigger is { } t && _log.IsEnabled(LogEventLevel.Information))
        {
            _log.Information("Exit {Reason} touched in candle {OpenTimeMs} at {Price} (entry {EntryPrice})", t.Reason, candle.OpenTimeMs, t.Price, levels.EntryPrice);
        }
        return step;
    }

    /// <summary>Feeds a closed trade: Kelly statistics, breakers (with its equity) and the stop-out cooldown.</summary>
    public void RecordTrade(TradeResult trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        Stats.Add(trade);
        _cooldown.OnTrade(trade);
        ObserveEquity(new EquityObservation(trade.ClosedAtMs, trade.EquityAfter));
    }

    /// <summary>Trailing stop as a fraction below the highest price since entry (<c>risk.trailing_stop</c>); null when off.</summary>
    public decimal? TrailingStop => _config.TrailingStop;

    /// <summary>True when a breaker watches equity: <see cref="ObserveEquity"/> does nothing otherwise, and the engine skips it.</summary>
    public bool ObservesEquity => _drawdown is not null || _dailyLoss is not null;

    /// <summary>Feeds marked-to-market equity at a candle close, so breakers see open losses too. Times must not go back.</summary>
    public void ObserveEquity(in EquityObservation observation)
    {
        _drawdown?.Observe(observation);
        _dailyLoss?.Observe(observation);
    }

    /// <summary>
    /// Vets and sizes a long entry. Checks, in order: equity and price positive; drawdown breaker; daily loss
    /// breaker; cooldown; max open positions; the sizer's amount (rejected when not positive); the max exposure
    /// cap (resizes down to the room left, rejects when none); the cash cap (resizes); the market minimum (rejects).
    /// Every rejection and resize is logged with its reason.
    /// </summary>
    public EntryDecision EvaluateEntry(EntryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Equity <= 0m || request.Price <= 0m)
        {
            return Rejected(request, $"equity {request.Equity} and price {request.Price} must be positive");
        }
        ObserveEquity(new EquityObservation(request.TimeMs, request.Equity));

        foreach (var gate in _gates)
        {
            if (gate.BlockReason(request.TimeMs) is { } blocked) return Rejected(request, blocked);
        }
        if (request.OpenPositions >= _config.MaxOpenPositions)
        {
            return Rejected(request, $"max open positions {_config.MaxOpenPositions} reached ({request.OpenPositions} open)");
        }

        var sized = _sizer.Size(new SizingParameters(request.Equity, request.Price, _exits.StopDistance, Stats));
        if (sized.QuoteAmount <= 0m) return Rejected(request, $"sizer gave no amount: {sized.Basis}");

        decimal amount = sized.QuoteAmount;
        var reason = sized.Basis;
        bool resized = false;

        if (_config.MaxExposure is { } maxExposure)
        {
            decimal room = maxExposure * request.Equity - request.OpenExposure;
            if (room <= 0m)
            {
                return Rejected(request, $"max exposure {maxExposure} of equity {request.Equity} reached ({request.OpenExposure} open); {sized.Basis}");
            }
            if (amount > room)
            {
                reason += $"; resized from {amount} to {room} by max exposure {maxExposure} ({request.OpenExposure} open)";
                amount = room;
                resized = true;
            }
        }
        if (amount > request.Cash)
        {
            if (request.Cash <= 0m) return Rejected(request, $"no cash to spend; {sized.Basis}");
            reason += $"; resized from {amount} to cash {request.Cash}";
            amount = request.Cash;
            resized = true;
        }
        if (amount < request.MinQuoteAmount)
        {
            return Rejected(request, $"amount {amount} below the market minimum {request.MinQuoteAmount}; {reason}");
        }

        if (resized)
        {
            _log.Debug("Entry resized at {TimeMs}: {QuoteAmount} (asked {Requested}) because {Reason}", request.TimeMs, amount, sized.QuoteAmount, reason);
            return new EntryDecision(EntryVerdict.Resized, amount, reason);
        }
        _log.Debug("Entry approved at {TimeMs}: {QuoteAmount} because {Reason}", request.TimeMs, amount, reason);
        return new EntryDecision(EntryVerdict.Approved, amount, reason);
    }

    private EntryDecision Rejected(EntryRequest request, string reason)
    {
        // Debug, like an approval and a resize: the trader's decision line for the candle already says "not entered: <reason>".
        _log.Debug("Entry rejected at {TimeMs} (price {Price}, equity {Equity}): {Reason}", request.TimeMs, request.Price, request.Equity, reason);
        return EntryDecision.Reject(reason);
    }
}
