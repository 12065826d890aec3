using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Serilog.Core;
using Trader.Domain;
using Trader.Database;
using Trader.Exchange;
using Trader.Testing;

namespace Trader.Backfiller.Benchmarks;

/// <summary>
/// End to end: 1,000,000 1m candles from apps/ExchangeSim (a real process, real loopback HTTP, Binance's JSON) through
/// the production exchange stack (ExchangeFactory: retries, throttling, the Binance adapter) and the backfill loop into
/// a fresh SQLite file. Mean is per candle (OperationsPerInvoke), so candles/s = 1e9 / Mean(ns).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class BackfillBenchmarks
{
    // In process: the run reaches the simulator's Release build next to its project; each invocation is one whole backfill.
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
    }

    public const int Count = 1_000_000;
    private static readonly long Since = DateTimeOffset.Parse("2022-04-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
    private static readonly SeriesKey Series = new("binance", "BTC/USDT", Timeframe.M1);

    private ExchangeSimProcess _sim = null!;
    private string _dir = null!;
    private string _db = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The weight limit is lifted (and its window short) so the run measures transfer, parsing and storage; with
        // Binance's real budget a backfill is capped by weight (see docs/benchmarks.md).
        _sim = ExchangeSimProcess.StartAsync("--random-walk", "9", "--history", "700d", "--replay-from", "2024-03-01",
            "--weight-limit", "1000000", "--weight-window", "1s").GetAwaiter().GetResult();
        _dir = Path.Combine(Path.GetTempPath(), "backfiller-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _http = new HttpClient();
    }

    [IterationSetup]
    public void FreshDatabase() => _db = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");

    [Benchmark(OperationsPerInvoke = Count)]
    public async Task<long> Backfill1MCandles()
    {
        var settings = ExchangeSettings.FromEnvironment(name => name == "BINANCE_BASE_URL" ? _sim.BaseUrl.ToString() : null) with { WeightShare = 1 };
        var exchange = ExchangeFactory.Create("binance", settings, _http, TimeProvider.System, Logger.None);
        using var db = await TradingDatabase.OpenAsync(_db, DatabaseOptions.Default, TimeProvider.System, Logger.None, CancellationToken.None);
        var backfill = new Trader.Backfiller.Backfill(exchange, db.Candles, Logger.None);
        var request = new SeriesRequest(Series, Since, Since + Count * 60_000L);
        var reports = await backfill.RunAsync([request], new NoProgress(), CancellationToken.None);
        if (!reports[0].IsComplete || reports[0].Added != Count) throw new InvalidOperationException($"incomplete backfill: {reports[0]}");
        return reports[0].Added;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _sim.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private sealed class NoProgress : IBackfillProgress
    {
        public void Start(SeriesKey key, long expected) { }
        public void Advance(SeriesKey key, long done) { }
        public void Finish(SeriesKey key) { }
    }
}
