using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class InstanceStoreTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    private static InstanceRegistration Registration(string name, long startedMs) =>
        new(name, "sha256:abc", TradingMode.Paper, "binance", "ETH/USDT", Timeframe.M15, "0.1.0", startedMs);

    [Fact]
    public async Task RegisterAsync_NewInstance_IsRunningWithHeartbeatAtStart()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var registration = Registration("eth-15m", 1_000);

        await db.Instances.RegisterAsync(registration, CancellationToken.None);

        Assert.Equal(new InstanceInfo(registration, 1_000, null, InstanceStatus.Running), await db.Instances.GetAsync("eth-15m", CancellationToken.None));
    }

    [Fact]
    public async Task HeartbeatAsync_Registered_MovesHeartbeatForwardOnly()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Instances.RegisterAsync(Registration("eth-15m", 1_000), CancellationToken.None);

        Assert.True(await db.Instances.HeartbeatAsync("eth-15m", 5_000, CancellationToken.None));
        Assert.True(await db.Instances.HeartbeatAsync("eth-15m", 4_000, CancellationToken.None));

        Assert.Equal(5_000, (await db.Instances.GetAsync("eth-15m", CancellationToken.None))!.HeartbeatMs);
    }

    [Fact]
    public async Task HeartbeatAsync_Unregistered_ReturnsFalse()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.False(await db.Instances.HeartbeatAsync("ghost", 1, CancellationToken.None));
    }

    [Fact]
    public async Task MarkEndedAsync_ThenRegisterAgain_RecordsStopThenRunsAgain()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Instances.RegisterAsync(Registration("eth-15m", 1_000), CancellationToken.None);

        Assert.True(await db.Instances.MarkEndedAsync("eth-15m", 2_000, InstanceStatus.Failed, CancellationToken.None));
        var ended = await db.Instances.GetAsync("eth-15m", CancellationToken.None);
        await db.Instances.RegisterAsync(Registration("eth-15m", 3_000) with { Mode = TradingMode.Live }, CancellationToken.None);
        var restarted = await db.Instances.GetAsync("eth-15m", CancellationToken.None);

        Assert.Equal((InstanceStatus.Failed, (long?)2_000), (ended!.Status, ended.StoppedMs));
        Assert.Equal((InstanceStatus.Running, (long?)null, TradingMode.Live, 3_000L), (restarted!.Status, restarted.StoppedMs, restarted.Registration.Mode, restarted.HeartbeatMs));
    }

    [Fact]
    public async Task ListAsync_SeveralInstances_SortedByName()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Instances.RegisterAsync(Registration("b", 1), CancellationToken.None);
        await db.Instances.RegisterAsync(Registration("a", 1), CancellationToken.None);

        Assert.Equal(["a", "b"], (await db.Instances.ListAsync(CancellationToken.None)).Select(i => i.Registration.Name));
    }
}

public sealed class SqliteInstanceStoreTests() : InstanceStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresInstanceStoreTests() : InstanceStoreTests(DatabaseBackend.Postgres());
