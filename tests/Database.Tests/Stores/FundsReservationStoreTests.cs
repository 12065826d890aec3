using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class FundsReservationStoreTests(DatabaseBackend backend) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public void Dispose() => backend.Dispose();

    private static FundsReservation Reserve(string instance, decimal amount, string account = "binance", string asset = "USDT") =>
        new(account, instance, asset, amount, 1_000);

    [Fact]
    public async Task ReserveAsync_TwoInstancesOneAccount_TheLaterCountsTheEarlierOnly()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        decimal first = await db.FundsReservations.ReserveAsync(Reserve("a", 900.50m), Ct);
        decimal second = await db.FundsReservations.ReserveAsync(Reserve("b", 300.25m), Ct);

        Assert.Equal(0m, first);
        Assert.Equal(900.50m, second);
        Assert.Equal(300.25m, await db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "a", Ct));
    }

    [Fact]
    public async Task ReserveAsync_AgainBySameInstance_ReplacesItsReservation()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        await db.FundsReservations.ReserveAsync(Reserve("a", 900m), Ct);
        await db.FundsReservations.ReserveAsync(Reserve("a", 100m), Ct);

        Assert.Equal(100m, await db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "b", Ct));
    }

    [Fact]
    public async Task ReservedByOthersAsync_OtherAccountOrAsset_NotCounted()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        await db.FundsReservations.ReserveAsync(Reserve("a", 900m, account: "bybit"), Ct);
        await db.FundsReservations.ReserveAsync(Reserve("c", 50m, asset: "BTC"), Ct);

        Assert.Equal(0m, await db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "b", Ct));
    }

    [Fact]
    public async Task ReleaseAsync_Twice_ReservationGoneAndNoError()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.FundsReservations.ReserveAsync(Reserve("a", 900m), Ct);

        await db.FundsReservations.ReleaseAsync("binance", "a", Ct);
        await db.FundsReservations.ReleaseAsync("binance", "a", Ct);

        Assert.Equal(0m, await db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "b", Ct));
    }
}

public sealed class SqliteFundsReservationStoreTests() : FundsReservationStoreTests(DatabaseBackend.Sqlite());

public sealed class PostgresFundsReservationStoreTests() : FundsReservationStoreTests(DatabaseBackend.Postgres());
