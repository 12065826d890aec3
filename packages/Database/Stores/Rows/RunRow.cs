using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>A <c>backtest_runs</c> row as both backends return it.</summary>
internal sealed class RunRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string ConfigHash { get; init; } = "";
    public string ConfigText { get; init; } = "";
    public string Exchange { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Timeframe { get; init; } = "";
    public long FromMs { get; init; }
    public long ToMs { get; init; }
    public long CreatedMs { get; init; }
    public string MetricsJson { get; init; } = "";

    /// <summary>The parameters of <c>BacktestRunSql.Insert</c>.</summary>
    public static object Parameters(BacktestRun run) => new
    {
        run.Name,
        run.ConfigHash,
        run.ConfigText,
        run.Series.Exchange,
        run.Series.Symbol,
        Timeframe = run.Series.Timeframe.ToString(),
        run.FromMs,
        run.ToMs,
        run.CreatedMs,
        run.MetricsJson,
    };

    public BacktestRun ToRun() => new(Id, Name, ConfigHash, ConfigText,
        new SeriesKey(Exchange, Symbol, Domain.Timeframe.Parse(Timeframe)), FromMs, ToMs, CreatedMs, MetricsJson);
}
