using System.Text.Json;
using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>A stored backtest run; <see cref="Metrics"/> is the run's metrics object as the backtester wrote it.</summary>
internal sealed record BacktestRunView(
    long Id,
    string Name,
    string ConfigHash,
    string Exchange,
    string Symbol,
    string Timeframe,
    long FromMs,
    long ToMs,
    long CreatedMs,
    JsonElement Metrics,
    string ConfigText)
{
    public static BacktestRunView From(BacktestRun run)
    {
        using var metrics = JsonDocument.Parse(run.MetricsJson);
        return new BacktestRunView(
            run.Id, run.Name, run.ConfigHash, run.Series.Exchange, run.Series.Symbol, run.Series.Timeframe.ToString(), run.FromMs, run.ToMs,
            run.CreatedMs, metrics.RootElement.Clone(), run.ConfigText);
    }
}
