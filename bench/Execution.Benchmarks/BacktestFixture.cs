using Serilog.Core;
using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Execution.Brokers;
using Trader.Strategies.RsiMacd;
using Trader.Database;
using Trader.Execution.Backtesting;
using Trader.Execution.Engine;
using Trader.Simulator;

namespace Trader.Execution.Benchmarks;

/// <summary>
/// A SQLite file holding 1,000,000 one-minute BTC/USDT candles (seeded random walk from 2022-01-01, about 1.9
/// years), and the end-to-end backtest the benchmark measures: read them back, replay the built-in rsi_macd
/// strategy (defaults) through the engine, compute the metrics.
/// </summary>
public sealed class BacktestFixture : IDisposable
{
    public const int CandleCount = 1_000_000;

    public static readonly SeriesKey Series = new("binance", "BTC/USDT", Timeframe.M1);

    private static readonly long Start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private readonly string _directory = Directory.CreateTempSubdirectory("execution-bench-").FullName;

    public string DatabasePath => Path.Combine(_directory, "bench.db");

    public async Task CreateAsync()
    {
        using var database = await OpenAsync();
        var candles = RandomWalk.Generate(42, Timeframe.M1, Start, CandleCount, startPrice: 40_000, volatility: 0.001);
        for (int i = 0; i < candles.Length; i += 50_000)
        {
            await database.Candles.UpsertAsync(Series, candles.AsSpan(i, Math.Min(50_000, candles.Length - i)).ToArray(), CancellationToken.None);
        }
    }

    /// <summary>The measured work: SQLite read, replay, metrics. Returns the result so nothing is optimised away.</summary>
    public async Task<BacktestResult> RunAsync()
    {
        using var database = await OpenAsync();
        var candles = await database.Candles.ReadRangeAsync(Series, Start, long.MaxValue, CancellationToken.None);
        var setup = new EngineBuilder(
            "bench", Timeframe.M1, RsiMacd(),
            new RiskConfig(new StakeConfig(Fraction: 0.1m), StopLoss: 0.03m, TakeProfit: 0.06m),
            new PaperConfig(10_000m, 0.001m, 0.0005m),
            SimMarkets.Create(Series.Symbol, candles[0].Open),
            Logger.None);
        return await BacktestRunner.RunAsync(setup, candles, null, CancellationToken.None);
    }

    /// <summary>The built-in rsi_macd with its defaults: RSI(14) below 30 with a MACD(12, 26, 9) bullish cross; out above 70 or on a bearish cross.</summary>
    public static IStrategy RsiMacd() => StrategyRegistry.Create(new StrategyConfig("rsi_macd", new RsiMacdParams()));

    private Task<TradingDatabase> OpenAsync() =>
        TradingDatabase.OpenAsync(DatabasePath, new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders; a leftover file must not fail a benchmark run.
        }
    }
}
