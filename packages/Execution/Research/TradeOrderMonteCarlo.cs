using Trader.Execution.Journal;

namespace Trader.Execution.Research;

/// <summary>
/// How much of a backtest's drawdown was the luck of the trade order: replays the same trades in random orders and
/// measures each path's deepest fall. Each trade keeps its return on the equity it was taken with (P&amp;L over the
/// equity before it, in the original order), so stakes sized as a fraction of equity compound the same way whatever the
/// order; the final equity is then the same on every path and only the path between differs.
/// </summary>
public static class TradeOrderMonteCarlo
{
    /// <summary>Shuffles <paramref name="trades"/> <paramref name="runs"/> times (seeded, so a run repeats exactly).</summary>
    /// <param name="startingBalance">Equity before the first trade.</param>
    /// <param name="trades">Closed round trips in the order they happened.</param>
    /// <param name="runs">How many shuffles, at least 1.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <exception cref="ArgumentOutOfRangeException">No runs, or a balance that is not positive.</exception>
    public static MonteCarloResult Run(decimal startingBalance, IReadOnlyList<RoundTrip> trades, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(startingBalance);
        var growth = Growth((double)startingBalance, trades);
        double original = MaxDrawdown(growth);
        var depths = new double[runs];
        var order = (double[])growth.Clone();
        var random = new Random(seed);
        for (int r = 0; r < runs; r++)
        {
            random.Shuffle(order);
            depths[r] = MaxDrawdown(order);
        }
        Array.Sort(depths);
        int worse = depths.Count(d => d > original);
        return new MonteCarloResult(runs, trades.Count, original,
            Percentile(depths, 0.05), Percentile(depths, 0.50), Percentile(depths, 0.95), depths[^1], (double)worse / runs);
    }

    // Each trade as the factor it multiplied equity by: 1 + P&L / equity before it.
    private static double[] Growth(double balance, IReadOnlyList<RoundTrip> trades)
    {
        var factors = new double[trades.Count];
        double equity = balance;
        for (int i = 0; i < trades.Count; i++)
        {
            double pnl = (double)trades[i].Pnl;
            factors[i] = equity > 0 ? 1 + pnl / equity : 1;
            equity += pnl;
        }
        return factors;
    }

    // Deepest fall from a running peak of the closed-trade equity path (starting at 1), as a fraction of the peak.
    private static double MaxDrawdown(double[] factors)
    {
        double equity = 1, peak = 1, depth = 0;
        foreach (double factor in factors)
        {
            equity *= factor;
            if (equity > peak) peak = equity;
            else depth = Math.Max(depth, (peak - equity) / peak);
        }
        return depth;
    }

    // Linear interpolation between closest ranks of sorted values.
    private static double Percentile(double[] sorted, double p)
    {
        double rank = p * (sorted.Length - 1);
        int below = (int)Math.Floor(rank);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
