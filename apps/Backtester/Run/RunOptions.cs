namespace Trader.Backtester.Run;

/// <summary>The parsed options of a backtest run. <see cref="Warmup"/>: startup candles before the range, null = the strategy's own count.</summary>
internal sealed record RunOptions(
    string ConfigPath,
    CandleRange Range,
    string? CsvPath,
    bool Json,
    string? ReportPath,
    IReadOnlyList<string> Sweeps,
    string RankBy,
    bool AllowGaps,
    bool Store,
    int? Warmup);
