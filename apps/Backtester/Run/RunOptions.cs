namespace Trader.Backtester.Run;

/// <summary>The parsed options of a backtest run.</summary>
internal sealed record RunOptions(
    string ConfigPath,
    CandleRange Range,
    string? CsvPath,
    bool Json,
    string? ReportPath,
    IReadOnlyList<string> Sweeps,
    string RankBy,
    bool AllowGaps,
    bool Store);
