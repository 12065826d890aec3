using BenchmarkDotNet.Running;
using Trader.Indicators.Benchmarks;

// `write-series <file>`: the benchmark series for scripts/bench-talib; anything else goes to BenchmarkDotNet.
if (args is ["write-series", var path])
{
    SeriesFile.Write(path);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
