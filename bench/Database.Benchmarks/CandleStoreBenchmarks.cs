using BenchmarkDotNet.Attributes;
using Trader.Domain;
using Trader.Database;
using Trader.Testing;

namespace Trader.Database.Benchmarks;

/// <summary>
/// Bulk upsert and range read of one million 1m candles, in a real SQLite file and in a real PostgreSQL database (the
/// server in TRADER_TEST_POSTGRES_URL, e.g. under scripts/postgres-test-server). Results are per candle
/// (OperationsPerInvoke), so rows/s = 1e9 / Mean(ns).
/// </summary>
/// <remarks>
/// The input is a seeded random walk rather than shared/data: that folder has no single series of a million candles,
/// and the store's cost does not depend on the price path.
/// </remarks>
[MemoryDiagnoser]
public class CandleStoreBenchmarks
{
    public const int Count = 1_000_000;
    private static readonly SeriesKey Series = new("binance", "BTC/USDT", Timeframe.M1);
    private static readonly long Start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private DatabaseBackend? _backend;
    private Candle[] _candles = [];
    private TradingDatabase? _readDb;
    private TradingDatabase? _writeDb;
    private int _iteration;

    /// <summary>Where the candles go: <c>sqlite</c> (a file) or <c>postgres</c> (the test server).</summary>
    [Params("sqlite", "postgres")]
    public string Backend { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _backend = Backend == "postgres" ? DatabaseBackend.Postgres() : DatabaseBackend.Sqlite();
        _candles = RandomWalk.Generate(42, Timeframe.M1, Start, Count);
        _readDb = Open(_backend.Url("read"));
        _readDb.Candles.UpsertAsync(Series, _candles, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(UpsertMillion))]
    public void FreshDatabase() => _writeDb = Open(_backend!.Url($"write{_iteration++}"));

    [IterationCleanup(Target = nameof(UpsertMillion))]
    public void CloseDatabase() => _writeDb!.Dispose();

    /// <summary>Upsert of a million new candles into an empty, migrated database (50 transactions of 20,000).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int UpsertMillion() => _writeDb!.Candles.UpsertAsync(Series, _candles, CancellationToken.None).GetAwaiter().GetResult().Written;

    /// <summary>Range read of a million candles.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ReadMillion() =>
        _readDb!.Candles.ReadRangeAsync(Series, Start, long.MaxValue, CancellationToken.None).GetAwaiter().GetResult().Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _readDb?.Dispose();
        _backend?.Dispose();
    }

    public static TradingDatabase Open(string path) =>
        TradingDatabase.OpenAsync(path, DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, CancellationToken.None)
            .GetAwaiter().GetResult();
}
