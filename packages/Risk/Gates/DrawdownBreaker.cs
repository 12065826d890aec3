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
    private EquityObservation _last;
    private bool _isTripped;
    // A mark below _belowPeak and above _aboveTrip is neither a new peak nor a trip: no exact figure is needed.
    private double _belowPeak = double.NegativeInfinity;
    private double _aboveTrip = double.PositiveInfinity;

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
    public void Observe(in EquityObservation observation)
    {
        _last = observation;
        double value = observation.Value;
        if (value < _belowPeak && (_isTripped || value > _aboveTrip)) return;

        decimal equity = observation.Equity;
        if (equity > _peak) SetPeak(equity);
        if (_isTripped || _peak <= 0m) return;

        decimal drawdown = (_peak - equity) / _peak;
        if (drawdown >= _maxDrawdown)
        {
            _isTripped = true;
            _log.Warning(
                "Drawdown breaker tripped at {TimeMs}: equity {Equity} is {Drawdown:P2} below the peak {Peak} (limit {Limit:P2}); no new entries",
                observation.TimeMs, equity, drawdown, _peak, _maxDrawdown);
        }
    }

    private void SetPeak(decimal peak)
    {
        _peak = peak;
        _belowPeak = Screen.Below(peak);
        _aboveTrip = Screen.AboveFall(peak, _maxDrawdown);
    }

    /// <summary>
    /// Re-arms the breaker with the last equity seen as the new peak, so the drawdown that tripped it does not trip it
    /// again at once. Returns false (and changes nothing) when it was not tripped.
    /// </summary>
    public bool Reset(long timeMs)
    {
        if (!_isTripped) return false;
        _isTripped = false;
        SetPeak(_last.Equity);
        _log.Warning("Drawdown breaker reset by the operator at {TimeMs}; peak equity is now {Peak}", timeMs, _peak);
        return true;
    }

    /// <inheritdoc />
    public string? BlockReason(long timeMs) =>
        _isTripped ? $"max drawdown {_maxDrawdown} reached (peak equity {_peak}); no new entries" : null;
}
