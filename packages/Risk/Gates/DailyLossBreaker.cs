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
    private decimal _dayStartEquity;
    private decimal _lastEquity;
    private long? _trippedDay;

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
    public void Observe(EquityObservation observation)
    {
        long day = UtcDay.Of(observation.TimeMs);
        if (day > _day)
        {
            _dayStartEquity = _day == long.MinValue ? observation.Equity : _lastEquity;
            _day = day;
            if (_trippedDay is { } tripped && tripped < day)
            {
                _trippedDay = null;
                _log.Information("Daily loss breaker reset at UTC day start {DayStartMs}; day starting equity {Equity}", day * UtcDay.DayMs, _dayStartEquity);
            }
        }
        _lastEquity = observation.Equity;

        if (_trippedDay is null && _dayStartEquity > 0m)
        {
            decimal loss = (_dayStartEquity - observation.Equity) / _dayStartEquity;
            if (loss >= _maxDailyLoss)
            {
                _trippedDay = day;
                _log.Warning(
                    "Daily loss breaker tripped at {TimeMs}: equity {Equity} is {Loss:P2} below the day's start {DayStartEquity} (limit {Limit:P2}); no new entries until the next UTC day",
                    observation.TimeMs, observation.Equity, loss, _dayStartEquity, _maxDailyLoss);
            }
        }
    }

    /// <summary>
    /// Re-arms the breaker for the rest of the day, measured from the last equity seen (so the loss that tripped it does
    /// not trip it again at once). Returns false (and changes nothing) when it was not tripped.
    /// </summary>
    public bool Reset(long timeMs)
    {
        if (_trippedDay is null) return false;
        _trippedDay = null;
        _dayStartEquity = _lastEquity;
        _log.Warning("Daily loss breaker reset by the operator at {TimeMs}; the day's starting equity is now {Equity}", timeMs, _dayStartEquity);
        return true;
    }

    /// <inheritdoc />
    public string? BlockReason(long timeMs) =>
        _trippedDay is { } tripped && UtcDay.Of(timeMs) <= tripped
            ? $"max daily loss {_maxDailyLoss} reached (day start equity {_dayStartEquity}); entries resume at the next UTC day"
            : null;
}
