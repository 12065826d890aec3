using BenchmarkDotNet.Attributes;
using Trader.Core.Domain;
using Trader.Core.MarketData;
using Trader.Database;
using Trader.Timeframes;

namespace Trader.Database.Benchmarks;

/// <summary>
/// Bulk upsert and range read of one million 1m candles in a real SQLite file. Results are per candle
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

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "trader-db-bench", Guid.NewGuid().ToString("N"));
    private Candle[] _candles = [];
    private TradingDatabase? _readDb;
    private TradingDatabase? _writeDb;
    private int _iteration;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_dir);
        _candles = RandomWalk.Generate(42, Timeframe.M1, Start, Count);
        _readDb = Open(Path.Combine(_dir, "read.db"));
        _readDb.Candles.UpsertAsync(Series, _candles, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(UpsertMillion))]
    public void FreshFile() => _writeDb = Open(Path.Combine(_dir, $"write-{_iteration++}.db"));

    [IterationCleanup(Target = nameof(UpsertMillion))]
    public void DropFile()
    {
        _writeDb!.Dispose();
        foreach (string file in Directory.GetFiles(_dir, "write-*")) File.Delete(file);
    }

    /// <summary>Upsert of a million new candles into an empty, migrated file (50 transactions of 20,000).</summary>
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
        Directory.Delete(_dir, recursive: true);
    }

    public static TradingDatabase Open(string path) =>
        TradingDatabase.OpenAsync(path, DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, CancellationToken.None)
            .GetAwaiter().GetResult();
}
