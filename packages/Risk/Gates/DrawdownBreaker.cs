using Serilog;

namespace Trader.Risk.Gates;

/// <summary>
/// Trips when equity falls <c>max_drawdown</c> or more below its peak and refuses entries from then on: re-arming it is
/// an operator decision, not a clock (<see cref="Reset"/>, from <c>trader control NAME reset-breaker</c>).
/// </summary>
public sealed class DrawdownBreaker : IEntryGate
{
    private readonly decimal _maxDrawdown;
    private readonly ILogger _log;
    private decimal _peak;
    private decimal _last;
    private bool _isTripped;

    /// <param name="maxDrawdown">Fraction of peak equity, 0.20 = 20 %; in (0, 1].</param>
    /// <param name="log">Trips are logged.</param>
    public DrawdownBreaker(decimal maxDrawdown, ILogger log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxDrawdown, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDrawdown, 1m);
        _maxDrawdown = maxDrawdown;
        _log = log.ForContext<DrawdownBreaker>();
    }

    /// <summary>True from the trip on.</summary>
    public bool IsTripped => _isTripped;

    /// <summary>Highest equity seen since start, in quote currency.</summary>
    public decimal PeakEquity => _peak;

    /// <summary>Feeds equity in time order.</summary>
    public void Observe(EquityObservation observation)
    {
        _last = observation.Equity;
        if (observation.Equity > _peak) _peak = observation.Equity;
        if (_isTripped || _peak <= 0m) return;

        decimal drawdown = (_peak - observation.Equity) / _peak;
        if (drawdown >= _maxDrawdown)
        {
            _isTripped = true;
            _log.Warning(
                "Drawdown breaker tripped at {TimeMs}: equity {Equity} is {Drawdown:P2} below the peak {Peak} (limit {Limit:P2}); no new entries",
                observation.TimeMs, observation.Equity, drawdown, _peak, _maxDrawdown);
        }
    }

    /// <summary>
    /// Re-arms the breaker with the last equity seen as the new peak, so the drawdown that tripped it does not trip it
    /// again at once. Returns false (and changes nothing) when it was not tripped.
    /// </summary>
    public bool Reset(long timeMs)
    {
        if (!_isTripped) return false;
        _isTripped = false;
        _peak = _last;
        _log.Warning("Drawdown breaker reset by the operator at {TimeMs}; peak equity is now {Peak}", timeMs, _peak);
        return true;
    }

    /// <inheritdoc />
    public string? BlockReason(long timeMs) =>
        _isTripped ? $"max drawdown {_maxDrawdown} reached (peak equity {_peak}); no new entries" : null;
}
