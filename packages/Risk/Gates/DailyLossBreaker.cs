using Serilog;

namespace Trader.Risk.Gates;

/// <summary>
/// Trips when equity falls <c>max_daily_loss</c> or more below the day's starting equity (the last equity
/// seen before the UTC day began, or the first seen in it) and refuses entries until the next UTC day.
/// Equity is marked to market, so open losses count too.
/// </summary>
public sealed class DailyLossBreaker : IEntryGate
{
    private readonly decimal _maxDailyLoss;
    private readonly ILogger _log;
    private long _day = long.MinValue;
    private long _nextDayMs = long.MinValue;
    private decimal _dayStartEquity;
    private EquityObservation _last;
    private long? _trippedDay;
    // A mark above _aboveTrip cannot trip the breaker: no exact figure is needed.
    private double _aboveTrip = double.PositiveInfinity;

    /// <param name="maxDailyLoss">Fraction of the day's starting equity, 0.05 = 5 %; in (0, 1].</param>
    /// <param name="log">Trips and resets are logged.</param>
    public DailyLossBreaker(decimal maxDailyLoss, ILogger log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxDailyLoss, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDailyLoss, 1m);
        _maxDailyLoss = maxDailyLoss;
        _log = log.ForContext<DailyLossBreaker>();
    }

    /// <summary>Equity at the start of the current UTC day, in quote currency.</summary>
    public decimal DayStartEquity => _dayStartEquity;

    /// <summary>Feeds equity in time order.</summary>
    public void Observe(in EquityObservation observation)
    {
        if (observation.TimeMs >= _nextDayMs) StartDay(observation);
        _last = observation;
        if (_trippedDay is not null || observation.Value > _aboveTrip || _dayStartEquity <= 0m) return;

        decimal equity = observation.Equity;
        decimal loss = (_dayStartEquity - equity) / _dayStartEquity;
        if (loss >= _maxDailyLoss)
        {
            _trippedDay = _day;
            _log.Warning(
                "Daily loss breaker tripped at {TimeMs}: equity {Equity} is {Loss:P2} below the day's start {DayStartEquity} (limit {Limit:P2}); no new entries until the next UTC day",
                observation.TimeMs, equity, loss, _dayStartEquity, _maxDailyLoss);
        }
    }

    // The day's starting equity is the last seen before it began, or the first seen in it: read exactly once a day.
    private void StartDay(in EquityObservation observation)
    {
        long day = UtcDay.Of(observation.TimeMs);
        SetDayStart(_day == long.MinValue ? observation.Equity : _last.Equity);
        _day = day;
        _nextDayMs = (day + 1) * UtcDay.DayMs;
        if (_trippedDay is { } tripped && tripped < day)
        {
            _trippedDay = null;
            _log.Information("Daily loss breaker reset at UTC day start {DayStartMs}; day starting equity {Equity}", day * UtcDay.DayMs, _dayStartEquity);
        }
    }

    private void SetDayStart(decimal equity)
    {
        _dayStartEquity = equity;
        _aboveTrip = Screen.AboveFall(equity, _maxDailyLoss);
    }

    /// <summary>
    /// Re-arms the breaker for the rest of the day, measured from the last equity seen (so the loss that tripped it does
    /// not trip it again at once). Returns false (and changes nothing) when it was not tripped.
    /// </summary>
    public bool Reset(long timeMs)
    {
        if (_trippedDay is null) return false;
        _trippedDay = null;
        SetDayStart(_last.Equity);
        _log.Warning("Daily loss breaker reset by the operator at {TimeMs}; the day's starting equity is now {Equity}", timeMs, _dayStartEquity);
        return true;
    }

    /// <inheritdoc />
    public string? BlockReason(long timeMs) =>
        _trippedDay is { } tripped && UtcDay.Of(timeMs) <= tripped
            ? $"max daily loss {_maxDailyLoss} reached (day start equity {_dayStartEquity}); entries resume at the next UTC day"
            : null;
}
