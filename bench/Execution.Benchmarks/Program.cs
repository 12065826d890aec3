using System.Diagnostics;
using BenchmarkDotNet.Running;
using Trader.Execution.Benchmarks;

// `--once`: one end-to-end run outside BenchmarkDotNet, printing wall time, candles/s and the process's peak
// resident memory (which BenchmarkDotNet does not report). Anything else goes to BenchmarkDotNet.
if (args is ["--once"])
{
    using var fixture = new BacktestFixture();
    await fixture.CreateAsync();
    await fixture.RunAsync(); // warm-up: JIT and SQLite page cache
    GC.Collect();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var result = await fixture.RunAsync();
    watch.Stop();
    // CPU time next to wall time: on a shared machine the wall clock also counts time spent waiting for a core.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    string peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: unknown";
    Console.WriteLine($"candles {BacktestFixture.CandleCount}, trades {result.Trades.Count}, final balance {result.Metrics.FinalBalance:0.00}");
    Console.WriteLine($"elapsed {watch.Elapsed.TotalMilliseconds:0} ms wall ({BacktestFixture.CandleCount / watch.Elapsed.TotalSeconds:0} candles/s), {cpu.TotalMilliseconds:0} ms CPU, peak RSS {peak.Split(':')[1].Trim()}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BacktestBenchmarks).Assembly).Run(args);
