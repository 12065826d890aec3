namespace Trader.Execution.Research;

/// <summary>The distribution of the closed-trade maximum drawdown over shuffled trade orders (fractions, 0.1 = 10 %).</summary>
/// <param name="Runs">Shuffles made.</param>
/// <param name="Trades">Trades in each path.</param>
/// <param name="Original">The drawdown of the trades in the order they happened.</param>
/// <param name="P5">5th percentile: a lucky order.</param>
/// <param name="Median">50th percentile.</param>
/// <param name="P95">95th percentile: the drawdown to be ready for.</param>
/// <param name="Worst">The deepest of all runs.</param>
/// <param name="ShareWorse">Share of runs deeper than the original.</param>
public sealed record MonteCarloResult(int Runs, int Trades, double Original, double P5, double Median, double P95, double Worst, double ShareWorse);
