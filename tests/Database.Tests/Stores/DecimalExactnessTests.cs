using Trader.Domain;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class DecimalExactnessTests(DatabaseBackend backend) : IDisposable
{
    public void Dispose() => backend.Dispose();

    public static TheoryData<decimal> Values() =>
    [
        0.1m, 0.2m, 0.30m, 1.50m, 100m, 100.000m,
        0.00000001m,                           // one satoshi
        -1234.5678m,
        79228162514264337593543950335m,        // decimal.MaxValue
        -79228162514264337593543950335m,
        0.0000000000000000000000000001m,       // smallest positive decimal
        1.0000000000000000000000000001m,       // 29 significant digits: a double keeps ~16
        12345678901234567.123456789m,
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public async Task UpsertAsync_Money_RoundTripsValueAndScale(decimal value)
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var order = OrderStoreTests.NewOrder("c-1") with { Price = value, Amount = value, Filled = value, Average = value, Fee = value };

        await db.Orders.UpsertAsync(order, CancellationToken.None);
        var read = (await db.Orders.GetAsync("c-1", CancellationToken.None))!;

        // GetBits compares the 96-bit integer, sign and scale: 1.50 must not come back as 1.5.
        foreach (decimal stored in new[] { read.Price!.Value, read.Amount, read.Filled, read.Average!.Value, read.Fee })
            Assert.Equal(decimal.GetBits(value), decimal.GetBits(stored));
    }

    [Fact]
    public async Task AddAsync_EquitySum_IsExactAfterRoundTrip()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Equity.AddAsync(new EquitySnapshot("i", 1, 0.3m, 0.1m, 0.2m), CancellationToken.None);

        var read = (await db.Equity.ListAsync("i", 0, 2, CancellationToken.None)).Single();

        Assert.Equal(read.Equity, read.Cash + read.PositionValue);
    }
}

public sealed class SqliteDecimalExactnessTests() : DecimalExactnessTests(DatabaseBackend.Sqlite());

public sealed class PostgresDecimalExactnessTests() : DecimalExactnessTests(DatabaseBackend.Postgres());
