namespace Trader.Execution.Metrics;

/// <summary>
/// Sharpe (sample standard deviation, n − 1) and Sortino (downside deviation over all n returns) of the simple returns
/// between consecutive values (the first from <c>first</c>), fed a block at a time: every block through
/// <see cref="AddFirst"/>, then every block again through <see cref="AddSecond"/> (the deviation needs the mean), then
/// <see cref="Ratios"/>. Two passes over the values instead of a column of returns.
/// </summary>
internal struct ReturnSums(double first)
{
    private readonly double _first = first;
    private double _previous = first;
    private double _sum;
    private double _sumSq;
    private double _downSq;
    private double _mean;
    private int _count;
    private bool _second;

    public void AddFirst(ReadOnlySpan<double> values)
    {
        double previous = _previous, sum = _sum, downSq = _downSq;
        foreach (double value in values)
        {
            double r = value / previous - 1.0;
            sum += r;
            if (r < 0) downSq += r * r;
            previous = value;
        }
        (_previous, _sum, _downSq) = (previous, sum, downSq);
        _count += values.Length;
    }

    public void AddSecond(ReadOnlySpan<double> values)
    {
        if (!_second)
        {
            (_second, _previous, _mean) = (true, _first, _sum / _count);
        }
        double previous = _previous, sumSq = _sumSq, mean = _mean;
        foreach (double value in values)
        {
            double r = value / previous - 1.0;
            sumSq += (r - mean) * (r - mean);
            previous = value;
        }
        (_previous, _sumSq) = (previous, sumSq);
    }

    /// <summary>Both ratios annualised by √<paramref name="periodsPerYear"/>; null when undefined (fewer than two values, no deviation).</summary>
    public readonly (double? Sharpe, double? Sortino) Ratios(double periodsPerYear)
    {
        int n = _count;
        if (n < 2) return (null, null);
        double mean = _sum / n;
        double std = Math.Sqrt(_sumSq / (n - 1));
        double downside = Math.Sqrt(_downSq / n);
        double annual = Math.Sqrt(periodsPerYear);
        return (std > 0 ? mean / std * annual : null, downside > 0 ? mean / downside * annual : null);
    }

    /// <summary>Both ratios of values held whole (both passes at once).</summary>
    public static (double? Sharpe, double? Sortino) Of(double first, ReadOnlySpan<double> values, double periodsPerYear)
    {
        var sums = new ReturnSums(first);
        sums.AddFirst(values);
        sums.AddSecond(values);
        return sums.Ratios(periodsPerYear);
    }
}
