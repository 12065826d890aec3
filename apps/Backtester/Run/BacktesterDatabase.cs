using Serilog;
using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Database;

namespace Trader.Backtester.Run;

/// <summary>The shared database (<c>DATABASE_URL</c>) as the backtester's candle source.</summary>
internal static class BacktesterDatabase
{
    /// <summary>Reads the environment (<c>.env</c> in the working directory, real variables win).</summary>
    public static TraderEnvironment Environment() =>
        TraderEnvironment.From(TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), System.Environment.GetEnvironmentVariables()));

    public static Task<TradingDatabase> OpenAsync(TraderEnvironment environment, ILogger log, CancellationToken ct) =>
        TradingDatabase.OpenAsync(environment.DatabaseUrl, new DatabaseOptions(), TimeProvider.System, log, ct);

    /// <summary>How to fill <paramref name="series"/> from <paramref name="sinceMs"/>: the backfiller command line.</summary>
    public static string BackfillHint(SeriesKey series, long sinceMs) =>
        $"Fill it with: backfiller --exchange {series.Exchange} --symbols {series.Symbol} --timeframes {series.Timeframe} --since {TimeText.Iso(Math.Max(0, sinceMs))[..10]}";

    /// <summary>Every stored candle of a series, for <c>features</c>.</summary>
    /// <exception cref="ConfigException">The options do not name a series, or it has no candles.</exception>
    public static async Task<Candle[]> ReadSeriesAsync(string? exchange, string? symbol, string? timeframe, ILogger log, CancellationToken ct)
    {
        if (exchange is null || symbol is null || timeframe is null)
        {
            throw new ConfigException("The database source needs all of --exchange, --symbol and --timeframe, e.g. --exchange binance --symbol BTC/USDT --timeframe 1h.");
        }
        var series = new SeriesKey(SeriesValues.ParseExchange(exchange, "--exchange"), SeriesValues.ParseSymbol(symbol, "--symbol"),
            SeriesValues.ParseTimeframe(timeframe, "--timeframe"));
        using var database = await OpenAsync(Environment(), log, ct);
        var candles = await database.Candles.ReadRangeAsync(series, 0, long.MaxValue, ct);
        if (candles.Count == 0)
        {
            throw new ConfigException($"Database {database.Location} has no candles of {series}. {BackfillHint(series, 0)}");
        }
        return candles.ToArray();
    }
}
