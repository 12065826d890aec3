namespace Trader.Execution.Metrics;

/// <summary>
/// The deepest fall from a running peak, fed the equity in double a block at a time (<see cref="Add"/>), from the
/// starting balance on; <see cref="Result"/> then computes its depth and amount exactly from the peak's and the
/// trough's points (index -1 is the starting balance) and dates it.
/// </summary>
internal struct DrawdownTracker(double startingBalance)
{
    private double _peak = startingBalance;
    private int _peakAt = -1;
    private long _peakMs;
    private double _worstDepth;
    private double _worstPeak = startingBalance;
    private int _worstPeakAt = -1;
    private long _worstPeakMs;
    private int _worstTroughAt = -1;
    private long _worstTroughMs;
    private long? _recoveryMs;

    /// <summary>The points from index <paramref name="start"/> on: their times and equity.</summary>
    public void Add(int start, ReadOnlySpan<long> timesMs, ReadOnlySpan<double> values)
    {
        // The running peak in locals for the loop; the worst fall changes rarely.
        double peak = _peak;
        int peakAt = _peakAt;
        long peakMs = _peakMs;
        for (int i = 0; i < values.Length; i++)
        {
            double value = values[i];
            if (value >= peak)
            {
                if (_recoveryMs is null && _worstTroughAt >= 0 && value >= _worstPeak) _recoveryMs = timesMs[i];
                if (value > peak) (peak, peakAt, peakMs) = (value, start + i, timesMs[i]);
                continue;
            }
            double depth = (peak - value) / peak;
            if (depth > _worstDepth)
            {
                (_worstDepth, _worstPeak, _worstPeakAt, _worstPeakMs, _worstTroughAt, _worstTroughMs) = (depth, peak, peakAt, peakMs, start + i, timesMs[i]);
                _recoveryMs = null;
            }
        }
        (_peak, _peakAt, _peakMs) = (peak, peakAt, peakMs);
    }

    public readonly Drawdown Result(MetricsInput input)
    {
        long startMs = input.Covered.StartMs;
        if (_worstTroughAt < 0) return new Drawdown(0, 0m, startMs, startMs, null);
        decimal peakEquity = _worstPeakAt < 0 ? input.StartingBalance : input.Equity[_worstPeakAt].Equity;
        decimal troughEquity = input.Equity[_worstTroughAt].Equity;
        return new Drawdown((double)((peakEquity - troughEquity) / peakEquity), peakEquity - troughEquity,
            _worstPeakAt < 0 ? startMs : _worstPeakMs, _worstTroughMs, _recoveryMs);
    }
}
