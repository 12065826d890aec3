using System.Text.Json;
using Serilog.Core;
using Trader.Domain;
using Trader.Database;
using Trader.Exchange;

namespace Trader.Trader.Tests;

/// <summary>Compares what a live instance recorded in the database with the simulator's own record of the account.</summary>
internal static class SimulatorRecord
{
    /// <summary>
    /// Asserts: every order the simulator holds for the instance was placed exactly once and is in the database;
    /// every order the database has as accepted is at the simulator, with the simulator's order id; every filled order's fill in the database
    /// equals the simulator's trades (amount net of a base-asset fee; Coinbase's are in the quote, average price); the base asset the
    /// simulator holds equals the open position plus the dust left by rounding sells down to the step.
    /// Returns the number of orders checked.
    /// </summary>
    public static async Task<int> AssertMatchesAsync(TraderRig rig, TradingDatabase db, string instance)
    {
        var simOrders = (await rig.Sim.OrdersAsync()).EnumerateArray()
            .Where(o => o.GetProperty("clientOrderId").GetString()!.StartsWith(instance + "-", StringComparison.Ordinal))
            .ToList();
        var duplicates = simOrders.GroupBy(o => o.GetProperty("clientOrderId").GetString()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"orders placed twice: {string.Join(", ", duplicates)}");

        var dbOrders = (await db.Orders.ListAsync(instance, CancellationToken.None)).ToDictionary(o => o.ClientOrderId);
        var accepted = dbOrders.Values.Where(o => o.Status != OrderStatus.Rejected).Select(o => o.ClientOrderId).Order().ToList();
        var atSim = simOrders.Select(o => o.GetProperty("clientOrderId").GetString()!).Order().ToList();
        Assert.Equal(atSim, accepted);

        using var http = new HttpClient();
        var settings = ExchangeSettings.FromEnvironment(name => rig.Environment(withKeys: true).GetValueOrDefault(name));
        var exchange = ExchangeFactory.Create(rig.Exchange, settings, http, TimeProvider.System, Logger.None);
        var market = (await exchange.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        // No start: the venue's most recent trades (Bybit serves seven days from a start; the replay is shorter than that).
        var trades = await exchange.FetchMyTradesAsync(TraderRig.Symbol, null, 1000, CancellationToken.None);
        foreach (var simOrder in simOrders)
        {
            var id = simOrder.GetProperty("clientOrderId").GetString()!;
            var orderId = simOrder.GetProperty("orderId").ToString();
            var stored = dbOrders[id];
            // The dialect's word: FILLED on Binance and Coinbase, Filled on Bybit.
            Assert.Equal("filled", simOrder.GetProperty("status").GetString()!.ToLowerInvariant());
            Assert.Equal(OrderStatus.Closed, stored.Status);
            Assert.Equal(orderId, stored.ExchangeOrderId);
            var fills = await db.Fills.ListByOrderAsync(id, CancellationToken.None);
            var fill = Assert.Single(fills);
            var own = trades.Where(t => t.OrderId == orderId).ToList();
            Assert.NotEmpty(own);
            decimal amount = own.Sum(t => t.Amount), cost = own.Sum(t => t.Cost);
            decimal feeBase = own.Where(t => t.FeeAsset == market.Base).Sum(t => t.Fee);
            Assert.Equal(amount - feeBase, fill.Amount);
            Assert.Equal(cost / amount, fill.Price);
        }

        var balance = await exchange.FetchBalanceAsync(CancellationToken.None);
        var held = balance[market.Base].Total;
        decimal expected = 0m;
        foreach (var trade in await db.Trades.ListAsync(instance, CancellationToken.None))
        {
            if (trade.Exit is null)
            {
                expected += trade.Amount;
                continue;
            }
            var exitFill = Assert.Single(await db.Fills.ListByOrderAsync(trade.Exit.ClientOrderId!, CancellationToken.None));
            expected += trade.Amount - exitFill.Amount;
        }
        Assert.Equal(expected, held);
        return simOrders.Count;
    }
}
