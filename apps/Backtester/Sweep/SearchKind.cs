namespace Trader.Backtester.Sweep;

/// <summary>The ways a sweep explores its grid; see <see cref="SearchMethod"/>.</summary>
internal enum SearchKind
{
    Grid,
    Random,
    Halving,
}
