using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class ControlStoreTests(DatabaseBackend backend) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public void Dispose() => backend.Dispose();

    private static ControlCommand Command(string id, ControlAction action, string instance = "eth-15m", long issuedMs = 1_000) =>
        new(id, instance, action, "cli:test", issuedMs);

    [Fact]
    public async Task IssueAsync_SameIdTwice_StoresOneCommand()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.True(await db.Controls.IssueAsync(Command("c-1", ControlAction.Pause), Ct));
        Assert.False(await db.Controls.IssueAsync(Command("c-1", ControlAction.Stop, issuedMs: 2_000), Ct));

        Assert.Equal([Command("c-1", ControlAction.Pause)], await db.Controls.ListAsync("eth-15m", Ct));
    }

    [Fact]
    public async Task PendingAsync_SeveralInstances_OnlyThisInstancesPendingInIssueOrder()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Controls.IssueAsync(Command("c-2", ControlAction.ResetBreaker), Ct);
        await db.Controls.IssueAsync(Command("c-1", ControlAction.ForceExit), Ct);
        await db.Controls.IssueAsync(Command("other", ControlAction.Pause, instance: "btc-1h"), Ct);
        await db.Controls.IssueAsync(Command("c-3", ControlAction.Resume), Ct);
        await db.Controls.CompleteAsync("c-2", ControlStatus.Applied, 5_000, 4_000, "no breaker was tripped", Ct);

        Assert.Equal(["c-1", "c-3"], (await db.Controls.PendingAsync("eth-15m", Ct)).Select(c => c.Id));
        Assert.Equal(["c-2", "c-1", "c-3"], (await db.Controls.ListAsync("eth-15m", Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task CompleteAsync_Pending_RecordsOutcomeOnceOnly()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Controls.IssueAsync(Command("c-1", ControlAction.ForceExit), Ct);

        Assert.True(await db.Controls.CompleteAsync("c-1", ControlStatus.Applied, 5_000, 4_000, "closing 1 position", Ct));
        Assert.False(await db.Controls.CompleteAsync("c-1", ControlStatus.Skipped, 6_000, null, "again", Ct));

        Assert.Equal(
            Command("c-1", ControlAction.ForceExit) with { Status = ControlStatus.Applied, AppliedMs = 5_000, EffectiveOpenMs = 4_000, Result = "closing 1 position" },
            await db.Controls.GetAsync("c-1", Ct));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.Null(await db.Controls.GetAsync("nope", Ct));
    }
}

public sealed class SqliteControlStoreTests() : ControlStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresControlStoreTests() : ControlStoreTests(DatabaseBackend.Postgres());
