using Trader.Domain;

namespace Trader.Trader.Tests;

/// <summary>
/// The live budget against the account's real balance: trader processes against ExchangeSim over 127.0.0.1 sharing one
/// account and one SQLite file, as two instances on one exchange account do.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class LiveFundsTests
{
    private const string Skipped = "insufficient balance, entry skipped";
    // Every rising candle enters with the whole budget and every falling one leaves: the two instances want the same
    // money at the same closes.
    private const string AllIn = "{ stake: { fraction: 1 }, stop_loss: 0.004, take_profit: 0.006 }";

    [Fact]
    public async Task Run_TwoInstancesWhoseBudgetsExceedTheBalance_OneSkipsWithTheReasonAndNeitherOversizes()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120, balances: "BUSD=1000,BTC=0");
        await using var a = rig.StartTrader(rig.WriteConfig("funds-a", "live", "close > open", "close < open", AllIn, live: "{ budget: 1000 }"), withKeys: true);
        await using var b = rig.StartTrader(rig.WriteConfig("funds-b", "live", "close > open", "close < open", AllIn, live: "{ budget: 1000 }"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(180)))
        {
            while (!(a.Output + b.Output).Contains(Skipped, StringComparison.Ordinal))
            {
                Assert.False(limit.IsCancellationRequested, $"no entry was skipped in time.\nA: {a.Output}\nB: {b.Output}");
                await Task.Delay(200);
            }
        }
        Assert.Equal(0, await a.StopAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await b.StopAsync(TimeSpan.FromSeconds(10)));

        var orders = (await db.Orders.ListAsync("funds-a", CancellationToken.None)).Concat(await db.Orders.ListAsync("funds-b", CancellationToken.None)).ToList();
        var rejected = orders.Where(o => o.Status == OrderStatus.Rejected).ToList();
        // Every refusal is the guard's, none the exchange's: no instance ever sent more than the account had free.
        Assert.Contains(rejected, o => o.Reason!.StartsWith(Skipped, StringComparison.Ordinal));
        Assert.All(rejected, o => Assert.StartsWith(Skipped, o.Reason));
        // One line per skipped entry, and no word of a refusal by the venue: nothing was sent.
        var lines = (a.Output + b.Output).Split('\n');
        Assert.All(rejected, o => Assert.Single(lines, l => l.Contains(o.ClientOrderId, StringComparison.Ordinal) && l.Contains(Skipped, StringComparison.Ordinal)));
        Assert.DoesNotContain("refused by binance", a.Output + b.Output);
        Assert.Contains(orders, o => o.Side == OrderSide.Buy && o.Status == OrderStatus.Closed);
        foreach (var buy in orders.Where(o => o.Side == OrderSide.Buy && o.Status == OrderStatus.Closed))
        {
            Assert.True(buy.Filled * buy.Average!.Value <= 1000m, $"{buy.ClientOrderId} spent {buy.Filled * buy.Average} BUSD, more than the balance");
        }
        var alerts = await db.Alerts.ListRecentAsync(100, CancellationToken.None);
        Assert.Contains(alerts, x => x.Event.Kind == AlertKinds.InsufficientFunds && x.Event.Key.StartsWith("funds:", StringComparison.Ordinal));
        Assert.Equal(0m, await db.FundsReservations.ReservedByOthersAsync("binance", "BUSD", "nobody", CancellationToken.None));
    }

    [Fact]
    public async Task Run_BalanceTooSmallAtStart_ClearMessageAlertAndTheTraderKeepsRunning()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120, balances: "BUSD=3,BTC=0");
        await using var trader = rig.StartTrader(rig.WriteConfig("funds-small", "live", "close > open", "close < open", AllIn, live: "{ budget: 1000 }"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        await trader.WaitForOutputAsync("Balance too small to trade: 3 BUSD free for this instance on binance", 1, TimeSpan.FromSeconds(120));
        await trader.WaitForOutputAsync("] Candle ", 3, TimeSpan.FromSeconds(120));

        Assert.False(trader.HasExited);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));
        var alerts = await db.Alerts.ListRecentAsync(100, CancellationToken.None);
        Assert.Contains(alerts, x => x.Event.Kind == AlertKinds.InsufficientFunds && x.Event.Text.StartsWith("balance too small to trade", StringComparison.Ordinal));
        Assert.DoesNotContain("Account has insufficient balance", trader.Output);
    }

    [Fact]
    public async Task Run_FeesPaidInBnb_ConvertedToQuoteAndCountedInTheTrade()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120, balances: "BUSD=10000,BNB=50",
            venue: ["--symbols", "BTC/BUSD,BNB/BUSD", "--random-walk", "5", "--fee-asset", "BNB"]);
        await using var trader = rig.StartTrader(rig.WriteConfig("funds-bnb", "live", "close > open", "close < open", TraderRig.DefaultRisk, live: "{ budget: 1000 }"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(180)))
        {
            while (!(await db.Trades.ListAsync("funds-bnb", CancellationToken.None)).Any(t => !t.IsOpen))
            {
                Assert.False(limit.IsCancellationRequested, $"no trade closed in time: {trader.Output}");
                await Task.Delay(200);
            }
        }
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains(" BNB of trade ", trader.Output);
        var trade = (await db.Trades.ListAsync("funds-bnb", CancellationToken.None)).First(t => !t.IsOpen);
        var entry = Assert.Single(await db.Fills.ListByOrderAsync(trade.EntryClientOrderId!, CancellationToken.None));
        var exit = Assert.Single(await db.Fills.ListByOrderAsync(trade.Exit!.ClientOrderId!, CancellationToken.None));
        // The venue took the fees in BNB, so the whole bought amount arrived and is what the exit sold.
        Assert.Equal(entry.Amount, trade.Amount);
        foreach (var fill in new[] { entry, exit })
        {
            Assert.Equal("BUSD", fill.FeeCurrency);
            // 0.1 % of the fill's value, converted at BNB/BUSD's last price when the fill was read.
            Assert.InRange(fill.Fee / (fill.Price * fill.Amount), 0.0009m, 0.0011m);
        }
        Assert.Equal(entry.Fee + exit.Fee, trade.Exit.Fees);
        Assert.Equal(exit.Price * exit.Amount - entry.Price * entry.Amount - trade.Exit.Fees, trade.Exit.Pnl);
    }
}
