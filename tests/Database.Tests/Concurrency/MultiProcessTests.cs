using Dapper;
using Microsoft.Data.Sqlite;
using Trader.Domain;
using Trader.Database.Migrations;
using Trader.Database.Postgres;
using Trader.Testing;

namespace Trader.Database.Tests.Concurrency;

/// <summary>Real OS processes (tests/Database.Worker) sharing one database, on each backend.</summary>
public abstract class MultiProcessTests(DatabaseBackend backend) : IDisposable
{
    private const int Processes = 8;
    private const int OperationsEach = 90;
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        backend.Dispose();
        _dir.Dispose();
    }

    /// <summary>Checks the backend's own idea of a sound database after the processes are done (SQLite: integrity_check).</summary>
    protected virtual Task AssertSoundAsync(string url) => Task.CompletedTask;

    [Fact]
    public async Task Write_EightProcessesAtOnceOnANewDatabase_EveryReportedCommitIsStoredAndTheSchemaMigratedOnce()
    {
        // The database is empty: the processes also race to create and migrate it.
        string path = backend.Url("shared");
        var workers = Enumerable.Range(0, Processes).Select(n => WorkerProcess.Start(
            "write", "--db", path, "--worker", n.ToString(), "--ops", OperationsEach.ToString(), "--report", _dir.File($"report-{n}.txt"))).ToArray();
        var outcomes = await Task.WhenAll(workers.Select(w => w.WaitAsync()));
        foreach (var w in workers) w.Dispose();

        Assert.All(outcomes, o =>
        {
            Assert.True(o.ExitCode == 0, $"worker failed with {o.ExitCode}: {o.Stderr}");
            Assert.DoesNotContain("database is locked", o.Stderr);
        });
        await AssertSoundAsync(path);
        using var db = await TestDatabase.OpenAsync(path);
        Assert.Equal(Migration.Sqlite.Count, db.SchemaVersion);
        Assert.Equal(Migration.Sqlite.Count, await SchemaVersionRowsAsync(db));

        for (int n = 0; n < Processes; n++)
        {
            var lines = File.ReadAllLines(_dir.File($"report-{n}.txt")).Select(l => l.Split(' ')).ToArray();
            Assert.Equal(OperationsEach + 4 * (OperationsEach / 3), lines.Length);   // a candle op reports 5 rows

            var series = new SeriesKey("sim", $"W{n}/USDT", Timeframe.M1);
            var stored = (await db.Candles.ReadRangeAsync(series, 0, long.MaxValue, CancellationToken.None)).Select(c => c.OpenTimeMs).ToHashSet();
            Assert.All(lines.Where(l => l[0] == "candle"), l => Assert.Contains(long.Parse(l[2]), stored));

            foreach (var l in lines.Where(l => l[0] == "order"))
                Assert.Equal(decimal.Parse(l[2]), (await db.Orders.GetAsync(l[1], CancellationToken.None))?.Price);

            long lastBeat = lines.Where(l => l[0] == "heartbeat").Max(l => long.Parse(l[2]));
            Assert.Equal(lastBeat, (await db.Instances.GetAsync($"worker-{n}", CancellationToken.None))!.HeartbeatMs);
        }
    }

    [Fact]
    public async Task Crash_WriterKilledMidBatch_DatabaseOpensCleanlyWithWholeCommittedBatchesOnly()
    {
        const int BatchSize = 20_000;
        string path = backend.Url("crash");
        string report = _dir.File("crash.txt");
        using var worker = WorkerProcess.Start("crash", "--db", path, "--batch", BatchSize.ToString(), "--report", report);

        // Kill once a few batches are committed; each batch is a ~100 ms transaction and the report line takes
        // microseconds, so the kill almost always lands inside an open transaction.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!File.Exists(report) || File.ReadAllLines(report).Length < 3)
            await Task.Delay(20, guard.Token);
        worker.Kill();
        await worker.WaitAsync();
        int reported = File.ReadAllLines(report).Length;

        await AssertSoundAsync(path);
        using var db = await TestDatabase.OpenAsync(path);
        var series = new SeriesKey("sim", "CRASH/USDT", Timeframe.M1);
        var candles = await db.Candles.ReadRangeAsync(series, 0, long.MaxValue, CancellationToken.None);

        // Whole batches only, contiguous from 0: every reported batch, plus at most the one batch that committed
        // just before the kill but had not been reported yet.
        Assert.Equal(0, candles.Count % BatchSize);
        int batches = candles.Count / BatchSize;
        Assert.InRange(batches, reported, reported + 1);
        Assert.Equal(Enumerable.Range(0, candles.Count).Select(i => i * 60_000L), candles.Select(c => c.OpenTimeMs));
        Assert.Equal(Enumerable.Range(0, batches).SelectMany(k => Enumerable.Repeat((double)k, BatchSize)), candles.Select(c => c.Volume));
    }

    private static async Task<long> SchemaVersionRowsAsync(TradingDatabase db) => db switch
    {
        SqliteDatabase sqlite => await Task.Run(() =>
        {
            using var connection = new SqliteConnection($"Data Source={sqlite.FilePath};Pooling=False");
            return connection.ExecuteScalar<long>("SELECT count(*) FROM schema_version");
        }),
        PostgresDatabase postgres => await postgres.Executor.ReadAsync("count schema versions",
            connection => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_version"), CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(db)),
    };
}

public sealed class SqliteMultiProcessTests() : MultiProcessTests(DatabaseBackend.Sqlite())
{
    protected override async Task AssertSoundAsync(string url)
    {
        using var db = await TestDatabase.OpenSqliteAsync(url);
        Assert.Equal("ok", await db.CheckIntegrityAsync(CancellationToken.None));
    }
}

public sealed class PostgresMultiProcessTests() : MultiProcessTests(DatabaseBackend.Postgres());
