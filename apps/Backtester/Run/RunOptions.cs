using Trader.Backtester.Sweep;
using Trader.Backtester.WalkForward;

namespace Trader.Backtester.Run;

/// <summary>The parsed options of a backtest run. <see cref="Warmup"/>: startup candles before the range, null = the strategy's own count; <see cref="MonteCarlo"/>: trade-order shuffles of a single run (or of a walk-forward's stitched trades), null = none; <see cref="WalkForward"/>: the walk-forward spans, null = none.</summary>
internal sealed record RunOptions(
    string ConfigPath,
    CandleRange Range,
    string? CsvPath,
    bool Json,
    string? ReportPath,
    IReadOnlyList<string> Sweeps,
    SweepOptions Sweep,
    int? MonteCarlo,
    bool AllowGaps,
    bool Store,
    int? Warmup,
    WalkForwardSpec? WalkForward);
