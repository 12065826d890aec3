using Dapper;
using Serilog;
using Trader.Database.Postgres;
using Trader.Testing;

namespace Trader.Database.Tests.Concurrency;

/// <summary>
/// PostgreSQL's data-corruption errors (class XX: XX001 data_corrupted, XX002 index_corrupted) are fatal, not retried;
/// a serialization failure stays transient. The server raises each error code itself (a real server cannot be made
/// to damage a page on demand), through the same executor every store uses.
/// </summary>
public sealed class PostgresCorruptionTests : IDisposable
{
    private readonly DatabaseBackend _backend = DatabaseBackend.Postgres();

    public void Dispose() => _backend.Dispose();

    private static Task<int> RaiseAsync(TradingDatabase db, string sqlState) =>
        ((PostgresDatabase)db).Executor.ReadAsync("read the candles",
            c => c.ExecuteAsync($"DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '{sqlState}'; END $$"), CancellationToken.None);

    [Theory]
    [InlineData("XX001")]
    [InlineData("XX002")]
    public async Task Read_CorruptionReported_ThrowsCorruptWithoutRetrying(string sqlState)
    {
        // The manual clock never moves: a back-off before a retry would wait forever, so returning proves there was none.
        using var db = await TestDatabase.OpenAsync(_backend.Url(), clock: new ManualClock());

        var e = await Assert.ThrowsAsync<DatabaseCorruptException>(() => RaiseAsync(db, sqlState));

        Assert.Contains($"reports damaged data ({sqlState} simulated) during read the candles", e.Message);
        Assert.Contains("Restore the database from a backup", e.Message);
    }

    [Fact]
    public async Task Read_SerializationFailureEveryTime_RetriedThenAPlainDatabaseError()
    {
        var retried = new LogSignal("failed transiently");
        using var db = await TestDatabase.OpenAsync(_backend.Url(), DatabaseOptions.Default with { MaxAttempts = 2, RetryBaseDelay = TimeSpan.Zero },
            log: new LoggerConfiguration().WriteTo.Sink(retried).CreateLogger());

        var e = await Assert.ThrowsAsync<DatabaseException>(() => RaiseAsync(db, "40001"));

        Assert.True(retried.Seen.IsCompleted);
        Assert.Contains("PostgreSQL 40001: simulated", e.Message);
    }
}
