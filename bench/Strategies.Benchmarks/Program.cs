using System.Diagnostics;
using BenchmarkDotNet.Running;
using Trader.Strategies.Benchmarks;

// `cpu`: step the million candles a few times and report candles per CPU-second, which the load of a shared
// machine distorts far less than wall time. Anything else goes to BenchmarkDotNet.
if (args is ["cpu"])
{
    var bench = new RsiMacdStrategyBenchmarks();
    bench.Setup();
    for (int run = 0; run < 5; run++)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int fired = bench.Step();
        double wall = watch.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"run {run}: {RsiMacdStrategyBenchmarks.Candles / cpuSeconds:N0} candles/CPU-s, {RsiMacdStrategyBenchmarks.Candles / wall:N0} candles/s wall, {fired} signals");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
