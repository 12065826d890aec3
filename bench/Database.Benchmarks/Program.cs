using System.Diagnostics;
using BenchmarkDotNet.Running;
using Trader.Domain;
using Trader.Database.Benchmarks;

// `size`: write a million candles once and report the file size (and a rough, single-run speed).
// Anything else goes to BenchmarkDotNet.
if (args is ["size"])
{
    string dir = Path.Combine(Path.GetTempPath(), "trader-db-size", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(dir);
    string path = Path.Combine(dir, "size.db");
    var candles = RandomWalk.Generate(42, Timeframe.M1, 1_577_836_800_000, CandleStoreBenchmarks.Count);
    var series = new SeriesKey("binance", "BTC/USDT", Timeframe.M1);
    using (var db = CandleStoreBenchmarks.Open(path))
    {
        // CPU time alongside wall time: on a shared, loaded machine the CPU figure shows what the code itself costs.
        var process = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        await db.Candles.UpsertAsync(series, candles, CancellationToken.None);
        double write = watch.Elapsed.TotalSeconds, writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        watch.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int read = (await db.Candles.ReadRangeAsync(series, 0, long.MaxValue, CancellationToken.None)).Count;
        double readWall = watch.Elapsed.TotalSeconds, readCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"upsert {candles.Length / write:N0} rows/s wall, {candles.Length / writeCpu:N0} rows/CPU-s (single run)");
        Console.WriteLine($"read   {read / readWall:N0} rows/s wall, {read / readCpu:N0} rows/CPU-s (single run)");
    }
    long bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    Console.WriteLine($"file size for {CandleStoreBenchmarks.Count:N0} candles: {bytes / 1_000_000.0:N1} MB ({bytes / (double)CandleStoreBenchmarks.Count:N1} bytes/candle)");
    Directory.Delete(dir, recursive: true);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CandleStoreBenchmarks).Assembly).Run(args);
return 0;
