
namespace Trader.Domain;

/// <summary>One backtest: what ran, over which range, and its metrics.</summary>
/// <param name="Id">Store-assigned id; 0 for a run that has not been stored yet.</param>
/// <param name="Name">Instance name from the YAML.</param>
/// <param name="ConfigHash">Hash of the effective configuration.</param>
/// <param name="ConfigText">The configuration as run (YAML text), so the run can be reproduced.</param>
/// <param name="Series">Candle series the run replayed.</param>
/// <param name="FromMs">First candle open time, Unix ms UTC (inclusive).</param>
/// <param name="ToMs">End of the range, Unix ms UTC (exclusive).</param>
/// <param name="CreatedMs">When the run finished, Unix ms UTC.</param>
/// <param name="MetricsJson">Metrics as a JSON object (total return, drawdown, trade count, ...).</param>
public sealed record BacktestRun(
    long Id,
    string Name,
    string ConfigHash,
    string ConfigText,
    SeriesKey Series,
    long FromMs,
    long ToMs,
    long CreatedMs,
    string MetricsJson);
