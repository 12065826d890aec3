using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Trader.Execution.Benchmarks;

// `--once`: one end-to-end backtest outside BenchmarkDotNet; `--sweep N`: one sweep of N points (SweepFixture). Both
// print wall and CPU time, throughput and the process's peak resident memory (which BenchmarkDotNet does not report).
// Anything else goes to BenchmarkDotNet.
if (args is ["--once"])
{
    using var fixture = new BacktestFixture();
    await fixture.CreateAsync();
    await fixture.RunAsync(); // warm-up: JIT and SQLite page cache
    var (result, wall, cpu) = await MeasureAsync(fixture.RunAsync);
    Console.WriteLine($"candles {BacktestFixture.CandleCount}, trades {result.Trades.Count}, final balance {result.Metrics.FinalBalance:0.00}");
    Console.WriteLine($"elapsed {wall.TotalMilliseconds:0} ms wall ({BacktestFixture.CandleCount / wall.TotalSeconds:0} candles/s), {cpu.TotalMilliseconds:0} ms CPU, {Machine()}");
    return;
}
// `--sweep N thresholds [fresh]`: points that differ in the RSI levels instead of risk, sharing the RSI series (or not).
if (args is ["--sweep", var count, ..] && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int runs) && runs > 0
    && args.Skip(2).All(a => a is "thresholds" or "fresh"))
{
    var fixture = new SweepFixture(runs, thresholds: args.Contains("thresholds"), shareIndicators: !args.Contains("fresh"));
    await new SweepFixture(Environment.ProcessorCount, args.Contains("thresholds"), !args.Contains("fresh")).RunAsync(Environment.ProcessorCount); // warm-up: JIT tiers
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var (metrics, wall, cpu) = await MeasureAsync(() => fixture.RunAsync(Environment.ProcessorCount));
    long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    double candleRuns = fixture.CandleRuns;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"runs {runs} x {SweepFixture.CandleCount} candles, trades {metrics.Sum(m => m.Trades)} in all, final balances {metrics.Sum(m => m.FinalBalance)}, max drawdowns {metrics.Sum(m => m.MaxDrawdown.Amount)}, {Environment.ProcessorCount} cores, " +
        $"{allocated / 1e6:0} MB allocated ({allocated / candleRuns:0.0} B per candle-run), {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"elapsed {wall.TotalSeconds:0.00} s wall ({candleRuns / wall.TotalSeconds / 1e6:0.0} M candle-runs/s, {wall.TotalNanoseconds / candleRuns:0.0} ns wall per candle-run), " +
        $"{cpu.TotalSeconds:0.00} s CPU ({cpu.TotalNanoseconds / candleRuns:0.0} ns CPU per candle-run), {Machine()}"));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BacktestBenchmarks).Assembly).Run(args);

// CPU time next to wall time: on a shared machine the wall clock also counts time spent waiting for a core.
static async Task<(T Result, TimeSpan Wall, TimeSpan Cpu)> MeasureAsync<T>(Func<Task<T>> work)
{
    GC.Collect();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var result = await work();
    watch.Stop();
    return (result, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
}

static string Machine()
{
    string peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: unknown";
    return $"peak RSS {peak.Split(':')[1].Trim()}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
}
