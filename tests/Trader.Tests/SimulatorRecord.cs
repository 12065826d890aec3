using System.Text.Json;
using Serilog.Core;
using Trader.Domain;
using Trader.Database;
using Trader.Exchange;
using Trader.Exchange.Adapters.Kraken;

namespace Trader.Trader.Tests;

/// <summary>Compares what a live instance recorded in the database with the simulator's own record of the account.</summary>
internal static class SimulatorRecord
{
    /// <summary>
    /// Asserts: every order the simulator holds for the instance (its client id starting with the instance's name, or a
    /// UUID: the form Kraken's adapter gives ids longer than 18 characters, which one instance per account in these rigs
    /// makes its own) was placed exactly once and is in the database;
    /// every order the database has as accepted is at the simulator, with the simulator's order id and the same state
    /// (filled, canceled, or a protective stop still resting); every filled order's fill in the database
    /// equals the simulator's trades (amount net of a base-asset fee; Coinbase's are in the quote; average price); the base asset the
    /// simulator holds equals the open position plus the dust left by rounding sells down to the step; every open
    /// position has exactly one stop-limit sell resting for it (no naked position, no second stop), or the market sell its
    /// stop became when the venue refused it as already crossed, not booked yet. The market sell of a partly filled limit
    /// exit's rest (<c>{exit id}r</c>) counts as part of its exit.
    /// Returns the number of orders checked.
    /// </summary>
    public static async Task<int> AssertMatchesAsync(TraderRig rig, TradingDatabase db, string instance)
    {
        // The simulator runs on after the trader stopped, so a resting stop may fill at any moment: the orders and the
        // balance are read until no order changed around the balance read.
        List<(JsonElement Order, string Id, string ExchangeId)> simOrders;
        Balance balance;
        using var http = new HttpClient();
        var settings = ExchangeSettings.FromEnvironment(name => rig.Environment(withKeys: true).GetValueOrDefault(name));
        var exchange = ExchangeFactory.Create(rig.Exchange, settings, http, TimeProvider.System, Logger.None);
        while (true)
        {
            simOrders = await OrdersOfAsync(rig, db, instance);
            balance = await exchange.FetchBalanceAsync(CancellationToken.None);
            if ((await OrdersOfAsync(rig, db, instance)).Select(o => o.Order.ToString()).SequenceEqual(simOrders.Select(o => o.Order.ToString()))) break;
        }
        var duplicates = simOrders.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"orders placed twice: {string.Join(", ", duplicates)}");

        var dbOrders = (await db.Orders.ListAsync(instance, CancellationToken.None)).ToDictionary(o => o.ClientOrderId);
        // Bybit creates a PostOnly order that would take and cancels it at once; the adapter answers it refused, as the
        // other venues refuse it outright: the database has it rejected, the venue canceled with nothing filled.
        var canceledAtOnce = simOrders.Where(o => dbOrders.TryGetValue(o.Id, out var stored) && stored.Status == OrderStatus.Rejected).ToList();
        foreach (var (order, _, _) in canceledAtOnce)
        {
            Assert.Equal(ExchangeIds.Bybit, rig.Exchange);
            Assert.Equal((nameof(OrderType.LimitMaker), "Cancelled"), (order.GetProperty("type").GetString(), order.GetProperty("status").GetString()));
        }
        simOrders = [.. simOrders.Except(canceledAtOnce)];
        // The rest of a partly filled limit exit sold at market ({exit id}r) is booked with its exit: no order row of its
        // own, its trades in the exit's fill rows.
        var remainders = simOrders.Where(o => o.Id.EndsWith('r') && dbOrders.TryGetValue(o.Id[..^1], out var exit)
            && exit is { Side: OrderSide.Sell, Type: OrderType.Limit or OrderType.LimitMaker }).ToDictionary(o => o.Id[..^1], o => o.Order.GetProperty("orderId").ToString());
        simOrders = [.. simOrders.Where(o => !(o.Id.EndsWith('r') && remainders.ContainsKey(o.Id[..^1])))];
        var accepted = dbOrders.Values.Where(o => o.Status != OrderStatus.Rejected).Select(o => o.ClientOrderId).Order().ToList();
        var atSim = simOrders.Select(o => o.Id).Order().ToList();
        Assert.Equal(atSim, accepted);

        var market = (await exchange.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        // No start: the venue's most recent trades (Bybit serves seven days from a start; the replay is shorter than that).
        var trades = await exchange.FetchMyTradesAsync(TraderRig.Symbol, null, 1000, CancellationToken.None);
        decimal soldSinceStop = 0m;
        foreach (var (simOrder, id, exchangeId) in simOrders)
        {
            var orderId = simOrder.GetProperty("orderId").ToString();
            var stored = dbOrders[id];
            Assert.Equal(exchangeId, stored.ExchangeOrderId);
            // The dialect's word: FILLED on Binance and Coinbase, Filled on Bybit, closed on Kraken; CANCELED, Cancelled or
            // canceled; NEW, New, Untriggered, OPEN or open.
            var status = simOrder.GetProperty("status").GetString()!.ToLowerInvariant();
            decimal executed = simOrder.GetProperty("executedQty").GetDecimal();
            if (executed == 0m && status is "canceled" or "cancelled" or "new" or "untriggered" or "open")
            {
                // Only resting orders rest or are canceled: protective stops (moved, or ended before another exit: canceled;
                // ended by the venue itself: expired) and limit orders (their timeout); the database agrees, and no fill of
                // theirs was lost.
                Assert.Contains(simOrder.GetProperty("type").GetString(), Resting);
                if (status is "new" or "untriggered" or "open") Assert.Equal(OrderStatus.Open, stored.Status);
                else Assert.Contains(stored.Status, (OrderStatus[])[OrderStatus.Canceled, OrderStatus.Expired]);
                Assert.Empty(await db.Fills.ListByOrderAsync(id, CancellationToken.None));
                Assert.DoesNotContain(trades, t => t.OrderId == orderId);
                continue;
            }
            // Filled, or a limit order filled in parts (still resting, or its rest canceled): one fill row per booked part.
            if (executed < simOrder.GetProperty("origQty").GetDecimal()) Assert.Contains(simOrder.GetProperty("type").GetString(), Resting);
            else Assert.Contains(status, (string[])["filled", "closed"]);
            var fills = await db.Fills.ListByOrderAsync(id, CancellationToken.None);
            var own = trades.Where(t => t.OrderId == orderId || (remainders.TryGetValue(id, out var rest) && t.OrderId == rest)).ToList();
            decimal amount = own.Sum(t => t.Amount), cost = own.Sum(t => t.Cost);
            decimal feeBase = own.Where(t => t.FeeAsset == market.Base).Sum(t => t.Fee);
            decimal booked = fills.Sum(f => f.Amount);
            if (stored.Status == OrderStatus.Open)
            {
                // A resting order (a stop, a limit order) that filled (more) after the trader's last step: the next step would
                // book it. A stop the venue refused as already crossed was sold at market under its id instead, the same way.
                var simType = simOrder.GetProperty("type").GetString();
                if (!(stored.Type == OrderType.StopLossLimit && simType == nameof(OrderType.Market))) Assert.Contains(simType, Resting);
                Assert.True(booked <= amount - feeBase, $"{id}: {booked} booked, {amount - feeBase} filled at the simulator");
                soldSinceStop += stored.Side == OrderSide.Sell ? amount - feeBase - booked : booked - (amount - feeBase);
                continue;
            }
            Assert.Equal(OrderStatus.Closed, stored.Status);
            Assert.NotEmpty(own);
            Assert.NotEmpty(fills);
            Assert.True(amount - feeBase == booked, $"{id}: booked {string.Join(", ", fills.Select(f => $"{f.FillId} {f.Amount} at {f.TimeMs}"))}; " +
                $"the simulator's trades {string.Join(", ", own.Select(t => $"{t.Amount} fee {t.Fee} {t.FeeAsset} at {t.TimestampMs}"))}");
            if (fills.Count == 1) Assert.Equal(cost / amount, fills[0].Price);
        }

        // No naked position and no second stop: one sell per open position, for its amount, resting at the trader's last
        // step: its stop, or the limit order of its exit (the venue holds one sell of the same coins at a time).
        var stops = dbOrders.Values.Where(o => o is { Status: OrderStatus.Open, Side: OrderSide.Sell } && Resting.Contains(o.Type.ToString())).ToList();
        var openTrades = (await db.Trades.ListAsync(instance, CancellationToken.None)).Where(t => t.Exit is null).ToList();
        Assert.True(stops.Count == openTrades.Count, $"{openTrades.Count} open positions but {stops.Count} stops or limit exits resting on the exchange");
        var stopIds = stops.Select(o => o.ClientOrderId).ToHashSet();
        var stopsAtSim = simOrders.Where(o => stopIds.Contains(o.Id)).ToList();
        Assert.Equal(stops.Count, stopsAtSim.Count);
        Assert.Equal(openTrades.Sum(t => market.RoundAmount(t.Amount)), stopsAtSim.Sum(o => o.Order.GetProperty("origQty").GetDecimal()));

        var held = balance[market.Base].Total;
        // Every booked buy minus every booked sell: the open positions plus the dust of closed trades (sells rounded down to
        // the step), and each trade's amount is what its entry's fills bought.
        decimal expected = 0m;
        foreach (var order in dbOrders.Values)
        {
            foreach (var fill in await db.Fills.ListByOrderAsync(order.ClientOrderId, CancellationToken.None))
            {
                expected += fill.Side == OrderSide.Buy ? fill.Amount : -fill.Amount;
            }
        }
        foreach (var trade in await db.Trades.ListAsync(instance, CancellationToken.None))
        {
            var entryFills = await db.Fills.ListByOrderAsync(trade.EntryClientOrderId!, CancellationToken.None);
            Assert.Equal(entryFills.Sum(f => f.Amount), trade.Amount);
        }
        Assert.Equal(expected - soldSinceStop, held);
        return simOrders.Count;
    }

    // The order types that rest on the venue (as /admin/orders names them): protective stops and limit orders.
    private static readonly string[] Resting = [nameof(OrderType.StopLossLimit), nameof(OrderType.Limit), nameof(OrderType.LimitMaker)];

    // The instance's orders at the simulator with our client ids and the exchange ids the trader records for them. The
    // simulator holds the ids as they went out on the wire (Kraken's cl_ord_id: a long id as a UUID): read back through the
    // instance's recorded ids; an id they do not explain stays as the simulator has it, so the comparison with the database
    // names it. An OCO's two legs are one order of the trader's (the list's client id, recorded as "list:" and the list's id):
    // the leg that speaks for the list stands for it (the one that filled, else one resting, else the stop leg).
    private static async Task<List<(JsonElement Order, string Id, string ExchangeId)>> OrdersOfAsync(TraderRig rig, TradingDatabase db, string instance)
    {
        var ours = (await db.Orders.ListAsync(instance, CancellationToken.None)).ToDictionary(o => WireId(rig.Exchange, o.ClientOrderId), o => o.ClientOrderId);
        var all = (await rig.Sim.OrdersAsync()).EnumerateArray()
            .Select(o => (Order: o, Id: ours.GetValueOrDefault(o.GetProperty("clientOrderId").GetString()!) ?? o.GetProperty("clientOrderId").GetString()!,
                ListId: o.TryGetProperty("orderListId", out var list) && list.ValueKind == JsonValueKind.String ? list.GetString() : null))
            .Where(o => o.Id.StartsWith(instance + "-", StringComparison.Ordinal) || Guid.TryParse(o.Id, out _))
            .ToList();
        var plain = all.Where(o => o.ListId is null).Select(o => (o.Order, o.Id, ExchangeId: o.Order.GetProperty("orderId").ToString()));
        var lists = all.Where(o => o.ListId is not null).GroupBy(o => o.ListId!).Select(g =>
        {
            var speaker = g.FirstOrDefault(o => Status(o.Order) == "filled") is { Id: not null } filled ? filled
                : g.FirstOrDefault(o => Status(o.Order) == "new") is { Id: not null } resting ? resting
                : g.Single(o => o.Order.GetProperty("type").GetString() == nameof(OrderType.StopLossLimit));
            return (speaker.Order, Id: speaker.Id[..speaker.Id.LastIndexOf('.')], ExchangeId: "list:" + g.Key);
        });
        return [.. plain, .. lists];
    }

    private static string Status(JsonElement order) => order.GetProperty("status").GetString()!.ToLowerInvariant();

    /// <summary>The client order id as <paramref name="exchange"/>'s adapter sends it: the same mapping, not a copy.</summary>
    private static string WireId(string exchange, string clientOrderId) =>
        exchange == ExchangeIds.Kraken ? KrakenClientIds.ToWire(clientOrderId) : clientOrderId;
}
