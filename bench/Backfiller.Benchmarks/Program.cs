using BenchmarkDotNet.Running;
using Trader.Backfiller.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(BackfillBenchmarks).Assembly).Run(args);
