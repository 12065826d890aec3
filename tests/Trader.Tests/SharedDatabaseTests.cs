using System.Diagnostics;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>Ten trader processes and a backfiller writing one database, all against one simulator, on each backend.</summary>
public abstract class SharedDatabaseTests(Func<DatabaseBackend> backend)
{
    private const int Traders = 10;
    private const int Candles = 15;

    [Fact]
    public async Task Run_TenTradersAndBackfillerOnOneDatabase_NoLockErrorsAndCompleteRecords()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60, backend: backend());
        var traders = new List<TraderProcess>();
        try
        {
            for (int i = 0; i < Traders; i++)
            {
                // Half trade on most candles, so orders, fills and trades are written concurrently too.
                var config = i % 2 == 0
                    ? rig.WriteConfig($"many-{i}", "paper", entry: "close > open", exit: "close < open")
                    : rig.WriteConfig($"many-{i}", "paper");
                traders.Add(rig.StartTrader(config));
            }
            using var db = await rig.OpenDatabaseAsync();
            // The backfiller fills four series of the same day (one of them the traders' own) while they run.
            var backfills = new List<int>();
            for (int run = 0; run < 3; run++) backfills.Add(await BackfillAsync(rig));
            for (int i = 0; i < Traders; i++)
            {
                int n = i;
                await rig.WaitForStepsAsync(db, $"many-{n}", Candles, TimeSpan.FromSeconds(180), () => traders[n].Output);
            }
            foreach (var trader in traders) Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

            Assert.All(backfills, code => Assert.Equal(0, code));
            await TraderRig.AssertSoundAsync(db);
            for (int i = 0; i < Traders; i++)
            {
                var name = $"many-{i}";
                var output = traders[i].Output;
                Assert.DoesNotContain(" ERR ", output);
                Assert.DoesNotContain(" FTL ", output);
                Assert.DoesNotContain("locked", output);
                var info = await db.Instances.GetAsync(name, CancellationToken.None);
                Assert.Equal(InstanceStatus.Stopped, info!.Status);

                // One equity snapshot per minute, none missing, from the first traded candle to the last.
                var equity = await db.Equity.ListAsync(name, 0, long.MaxValue, CancellationToken.None);
                Assert.True(equity.Count >= Candles);
                Assert.All(equity.Zip(equity.Skip(1)), pair => Assert.Equal(60_000, pair.Second.TimeMs - pair.First.TimeMs));
                // Every filled order has its fill; every closed trade's exit order is recorded filled.
                var orders = await db.Orders.ListAsync(name, CancellationToken.None);
                foreach (var order in orders.Where(o => o.Status == OrderStatus.Closed))
                {
                    var fill = Assert.Single(await db.Fills.ListByOrderAsync(order.ClientOrderId, CancellationToken.None));
                    Assert.Equal(order.Filled, fill.Amount);
                }
                foreach (var trade in (await db.Trades.ListAsync(name, CancellationToken.None)).Where(t => t.Exit is not null))
                {
                    Assert.Contains(orders, o => o.ClientOrderId == trade.Exit!.ClientOrderId && o.Status == OrderStatus.Closed);
                }
            }
        }
        finally
        {
            foreach (var trader in traders) await trader.DisposeAsync();
        }
    }

    private static async Task<int> BackfillAsync(TraderRig rig)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = rig.Dir };
        foreach (var a in new[] { TraderRig.BuiltApp("Backfiller"), "--exchange", "binance", "--symbols", TraderRig.Symbol, "--timeframes", "1m,3m,5m,15m", "--since", "2022-12-13T00:00:00Z" })
            info.ArgumentList.Add(a);
        foreach (var (key, value) in rig.Environment()) info.Environment[key] = value;
        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));
        Assert.True(code == 0, $"backfiller exit {code}: {stdout} {stderr}");
        return code;
    }
}

[Collection(TraderRig.Collection)]
public sealed class SqliteSharedDatabaseTests() : SharedDatabaseTests(DatabaseBackend.Sqlite);

[Collection(TraderRig.Collection)]
public sealed class PostgresSharedDatabaseTests() : SharedDatabaseTests(DatabaseBackend.Postgres);
