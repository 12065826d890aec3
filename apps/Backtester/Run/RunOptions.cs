using Trader.Backtester.Sweep;

namespace Trader.Backtester.Run;

/// <summary>The parsed options of a backtest run. <see cref="Warmup"/>: startup candles before the range, null = the strategy's own count; <see cref="MonteCarlo"/>: trade-order shuffles of a single run, null = none.</summary>
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
    int? Warmup);
