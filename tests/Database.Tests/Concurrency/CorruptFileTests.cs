using Microsoft.Data.Sqlite;
using Trader.Domain;
using Trader.Hosting.Cli;
using Trader.Testing;

namespace Trader.Database.Tests.Concurrency;

public sealed class CorruptFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string TextFile()
    {
        string path = _dir.File("notes.db");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("these are my trading notes, not a database\n", 200)));
        return path;
    }

    [Fact]
    public async Task OpenAsync_TextFile_SaysNotASqliteDatabaseAndLeavesItUntouched()
    {
        string path = TextFile();
        byte[] before = File.ReadAllBytes(path);

        var e = await Assert.ThrowsAsync<DatabaseCorruptException>(() => TestDatabase.OpenAsync(path));

        Assert.Contains($"The file {path} is not a SQLite database or is corrupt", e.Message);
        Assert.Contains("Point DATABASE_URL at the right file", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task OpenAsync_DamagedSchemaPage_SaysCorrupt()
    {
        string path = _dir.File("t.db");
        using (var db = await TestDatabase.OpenAsync(path))
            await db.Candles.UpsertAsync(new SeriesKey("sim", "A/B", Timeframe.M1), RandomWalk.Generate(1, Timeframe.M1, 0, 1000), CancellationToken.None);
        // Closing the last connection checkpoints the WAL into the file; then overwrite page 1 past the 100-byte header,
        // which holds the schema table.
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            stream.Position = 100;
            stream.Write(Enumerable.Repeat((byte)0x5A, 3000).ToArray());
        }

        var e = await Assert.ThrowsAsync<DatabaseCorruptException>(() => TestDatabase.OpenAsync(path));

        Assert.Contains("is not a SQLite database or is corrupt", e.Message);
        Assert.IsType<SqliteException>(e.InnerException);
    }

    [Fact]
    public async Task ReadAsync_DamagedTablePage_ThrowsCorruptAtOnceWhileOtherTablesStillWork()
    {
        string path = _dir.File("t.db");
        var series = new SeriesKey("sim", "A/B", Timeframe.M1);
        using (var db = await TestDatabase.OpenAsync(path))
        {
            await db.Candles.UpsertAsync(series, RandomWalk.Generate(1, Timeframe.M1, 0, 1000), CancellationToken.None);
            await db.Orders.UpsertAsync(Stores.OrderStoreTests.NewOrder("c-1"), CancellationToken.None);
        }
        SqliteDamage.OverwriteRootPage(path, "candles");

        var clock = new ManualClock();
        using var damaged = await TestDatabase.OpenAsync(path, clock: clock);
        // A manual clock that never moves: a retry would wait on it forever, so this returning proves there was none.
        var e = await Assert.ThrowsAsync<DatabaseCorruptException>(() => damaged.Candles.ReadRangeAsync(series, 0, long.MaxValue, CancellationToken.None));

        Assert.Contains($"The file {path} is not a SQLite database or is corrupt", e.Message);
        Assert.Contains("restore this one from a backup", e.Message);
        Assert.NotNull(await damaged.Orders.GetAsync("c-1", CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_PathIsADirectory_SaysToNameAFile()
    {
        var e = await Assert.ThrowsAsync<DatabaseException>(() => TestDatabase.OpenAsync(_dir.Path));

        Assert.Contains("points at the directory", e.Message);
    }

    [Fact]
    public async Task WorkerProcess_TextFileAsDatabase_ExitsWithOneLineErrorAndNoStackTrace()
    {
        string path = TextFile();

        using var worker = WorkerProcess.Start("open", "--db", path);
        var (exitCode, _, stderr) = await worker.WaitAsync();

        Assert.Equal(ExitCodes.RuntimeFailure, exitCode);
        Assert.StartsWith($"error: The file {path} is not a SQLite database or is corrupt", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
    }
}
