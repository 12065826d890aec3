namespace Trader.Backtester.Sweep;

/// <summary>How a sweep picks, runs and ranks its points.</summary>
/// <param name="Search"><c>--search</c>: grid, random or successive halving.</param>
/// <param name="Seed"><c>--seed</c>: draws of <c>random</c> (and the Monte Carlo).</param>
/// <param name="RankBy"><c>--rank-by</c>: the metric key that is the objective.</param>
/// <param name="MaxDrawdown"><c>--max-drawdown</c>: runs deeper than this fraction rank after the rest; null = no cap.</param>
internal sealed record SweepOptions(SearchMethod Search, int Seed, string RankBy, double? MaxDrawdown);
