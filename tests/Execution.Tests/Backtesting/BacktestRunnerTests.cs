using Serilog.Core;
using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Execution.Brokers;
using Trader.Strategies.Rules;
using Trader.Execution.Backtesting;
using Trader.Execution.Engine;
using Trader.Execution.Metrics;

namespace Trader.Execution.Tests.Backtesting;

public sealed class BacktestRunnerTests
{
    private static readonly Candle[] Candles = RandomWalk.Generate(11, Timeframe.H1, EngineHarness.T0, 800, volatility: 0.01);
    private static readonly RiskConfig Risk = new(new StakeConfig(Fraction: 0.4m), StopLoss: 0.02m, TakeProfit: 0.05m);
    private static readonly PaperConfig Paper = new(10_000m, 0.001m, 0.0005m);

    private static IStrategy Strategy() =>
        RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close > close[1] and close[1] > close[2]"), new RuleText("close < close[1]"));

    private static Task<BacktestResult> RunAsync(IProgress<int>? progress = null) =>
        BacktestRunner.RunAsync(Builder(), Candles, progress, CancellationToken.None);

    private static EngineBuilder Builder() => new("bt", Timeframe.H1, Strategy(), Risk, Paper, Markets.BinanceBtcUsdt, Logger.None);

    [Fact]
    public async Task RunAsync_SameCandlesAsPaperLoop_SameTradesToTheOrder()
    {
        var backtest = await RunAsync();

        // The paper trader drives the engine one closed candle at a time; same engine, same candles.
        var paper = new EngineHarness(Strategy(), Risk, Paper, Markets.BinanceBtcUsdt, name: "bt");
        await paper.RunAsync(Candles, closeAtEnd: true);

        Assert.NotEmpty(backtest.Trades);
        Assert.Equal(paper.Journal.Trades, backtest.Trades);
        Assert.Equal(paper.Journal.Orders, backtest.Orders);
    }

    [Fact]
    public async Task RunAsync_Metrics_FinalBalanceIsStartPlusSumOfPnl()
    {
        var result = await RunAsync();
        Assert.Equal(result.Metrics.StartingBalance + result.Trades.Sum(t => t.Pnl), result.Metrics.FinalBalance);
        Assert.Equal(Candles.Length, result.Equity.Count);
        Assert.Equal(Candles[^1].Close / Candles[0].Open - 1.0, result.Metrics.BuyAndHoldReturn, 12);
    }

    [Fact]
    public async Task RunAsync_Progress_ReportsTheEnd()
    {
        var reports = new List<int>();
        await RunAsync(new SynchronousProgress(reports.Add));
        Assert.Equal(Candles.Length, reports[^1]);
    }

    [Fact]
    public async Task RunAsync_NoCandles_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => BacktestRunner.RunAsync(Builder(), [], null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => BacktestRunner.RunAsync(Builder(), Chunks([]), 0, () => CoveredTime.Continuous(0, 1), null, CancellationToken.None));
    }

    [Theory]
    [InlineData(1, 0)]     // a candle per chunk, the curve sized for none
    [InlineData(7, 800)]
    [InlineData(256, 100)] // the curve grows past what was expected
    [InlineData(800, 800)]
    public async Task RunAsync_CandlesInChunks_SameResultAsTheArray(int chunkSize, int capacity)
    {
        var whole = await RunAsync();
        var reports = new List<int>();

        var chunked = await BacktestRunner.RunAsync(Builder(), Chunks(Candles.Chunk(chunkSize)), capacity, () => CoveredTime.Of(Candles, Timeframe.H1),
            new SynchronousProgress(reports.Add), CancellationToken.None);

        Assert.Equal(whole.Trades, chunked.Trades);
        Assert.Equal(whole.Orders, chunked.Orders);
        Assert.Equal(whole.Equity, chunked.Equity);
        Assert.Equal(whole.Metrics, chunked.Metrics);
        Assert.Equal(Candles.Length, reports[^1]);
    }

    // Chunks as a store streams them: each buffer is reused (overwritten) once the next is asked for.
    private static async IAsyncEnumerable<ReadOnlyMemory<Candle>> Chunks(IEnumerable<Candle[]> chunks)
    {
        Candle[] buffer = [];
        foreach (var chunk in chunks)
        {
            Array.Fill(buffer, default);
            if (buffer.Length < chunk.Length) buffer = new Candle[chunk.Length];
            chunk.CopyTo(buffer, 0);
            await Task.Yield();
            yield return buffer.AsMemory(0, chunk.Length);
        }
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
