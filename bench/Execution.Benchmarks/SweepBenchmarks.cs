using BenchmarkDotNet.Attributes;
using Trader.Execution.Metrics;

namespace Trader.Execution.Benchmarks;

/// <summary>
/// A sweep of <see cref="Runs"/> rsi points over 1,000,000 one-minute candles on every core (<see cref="SweepFixture"/>).
/// Mean / (Runs × 1,000,000) is the wall time per candle-run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BacktestBenchmarks.ShortInProcess))]
public class SweepBenchmarks
{
    private SweepFixture _fixture = null!;

    [Params(8)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup() => _fixture = new SweepFixture(Runs);

    [Benchmark(Description = "sweep of rsi risk points over 1M 1m candles, every core")]
    public Task<BacktestMetrics[]> Sweep() => _fixture.RunAsync(Environment.ProcessorCount);
}
