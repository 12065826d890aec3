using BenchmarkDotNet.Attributes;
using Trader.Execution.Backtesting;

namespace Trader.Execution.Benchmarks;

/// <summary>End-to-end backtest of 1,000,000 one-minute candles read from SQLite (see <see cref="BacktestFixture"/>).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BacktestBenchmarks
{
    private BacktestFixture _fixture = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new BacktestFixture();
        _fixture.CreateAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Description = "backtest 1M 1m candles from SQLite (rsi+macd rules)")]
    public Task<BacktestResult> Backtest1MCandles() => _fixture.RunAsync();
}
