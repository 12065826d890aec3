using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Trader.Execution.Backtesting;

namespace Trader.Execution.Benchmarks;

/// <summary>End-to-end backtest of 1,000,000 one-minute candles read from SQLite (see <see cref="BacktestFixture"/>).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
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

    [Benchmark(Description = "backtest 1M 1m candles from SQLite (rsi_macd)")]
    public Task<BacktestResult> Backtest1MCandles() => _fixture.RunAsync();

    /// <summary>
    /// One short job, in process: on the shared 2-core machine, building a separate benchmark executable can
    /// exceed BenchmarkDotNet's build timeout, and one launch of 5 iterations is enough for a 1 s operation.
    /// </summary>
    internal sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
    }
}
