using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Serilog.Core;
using Trader.Database;
using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Exchange;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>
/// One engine, two clocks: what a paper trader did live equals what the Backtester app, run as a process on the same
/// config and the same database, does with the candles the trader stepped (it warms up on the same startup candles),
/// also when the exchange sends invalid candles.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class ParityTests
{
    [Theory]
    [InlineData("binance", 120, 60, 5, null)]
    [InlineData("bybit", 120, 60, 5, null)]
    [InlineData("coinbase", 120, 60, 5, null)]
    // Kraken's public budget (about a call a second, all of it to the one trader) keeps up with a candle every 3 s.
    [InlineData("kraken", 20, 20, 1, 1.0)]
    public async Task Run_PaperTraderCandlesReplayedByTheBacktesterApp_SameTrades(string exchange, double speed, int candles, int minClosed, double? weightShare)
    {
        await using var rig = await TraderRig.StartAsync(speed: speed, exchange: exchange, weightShare: weightShare);
        // Entries need both EMAs (defined only after warm-up), and come often enough for several trades in 60 candles.
        var configPath = rig.WriteConfig("paper-p", "paper", entry: "close > open and fast > slow", exit: "close < open");
        await using var trader = rig.StartTrader(configPath);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "paper-p", candles, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        var (warmup, _, closed) = await AssertBacktestAgreesAsync(rig, db, configPath, "paper-p");
        Assert.Equal(StartupCandles.For(ConfigLoader.Load(configPath).Strategy), warmup);
        Assert.True(closed >= minClosed, $"expected trades in {candles} candles; the trader closed {closed}");
    }

    /// <summary>
    /// Limit entries and exits: the paper trader rests them by the simulated broker's rules and the Backtester app,
    /// reading the same `entry:` / `exit:` keys, makes the same trades over the candles the trader stepped.
    /// </summary>
    [Fact]
    public async Task Run_PaperTraderWithLimitEntriesAndExits_BacktesterAppSameTrades()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        var configPath = rig.WriteConfig("paper-l", "paper", entry: "close > open and fast > slow", exit: "close < open", orders: TraderRig.LimitOrders);
        await using var trader = rig.StartTrader(configPath);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "paper-l", 60, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        var (_, _, closed) = await AssertBacktestAgreesAsync(rig, db, configPath, "paper-l");
        Assert.True(closed >= 2, $"expected limit trades in 60 candles; the trader closed {closed}");
        var orders = await db.Orders.ListAsync("paper-l", CancellationToken.None);
        Assert.Contains(orders, o => o.Status == OrderStatus.Canceled);
    }

    /// <summary>
    /// Live against the simulator's Binance dialect over HTTP: limit entries (post-only, sent as LIMIT_MAKER) and limit
    /// exits rest on the venue, each lot's stop rests there as a stop-limit; what the trader recorded matches the
    /// simulator's record, and the Backtester app over the candles the trader stepped makes the same trades, to the
    /// price and the P&amp;L, by the documented rules (a lot sold at market is sold at the deciding close live, at the next
    /// open in the backtest; fill times compare by candle). A fixed quote stake keeps one such difference from resizing
    /// the later trades. Fees are zero on both sides (the simulator's <c>--fee 0</c>, <c>paper.fee: 0</c>): live, a
    /// fee the venue takes in the base asset comes off the bought amount (docs/trader.md), which a backtest does not
    /// model, and that is all fees would change here. No trailing stop or target: live, a trailing stop is not moved
    /// to at or above the close and a target sells at market at the close (the documented differences).
    /// </summary>
    [Fact]
    public async Task Run_LiveTraderWithLimitOrdersAndExchangeStops_RecordsMatchSimulatorAndBacktesterAppSameTrades()
    {
        // A candle every 2 s: the trader must place each order within the candle after its decision, as it does at real
        // speed; at the faster speeds of the paper tests a loaded machine lets the simulator run ahead of it.
        await using var rig = await TraderRig.StartAsync(speed: 30,
            venue: ["--symbols", TraderRig.Symbol, "--data", TraderRig.DataFile(), "--replay-from", "2022-12-13T06:00:00Z", "--fee", "0", "--slippage", "0"]);
        var configPath = rig.WriteConfig("live-l", "live", entry: "close > open and fast > slow", exit: "close < open",
            risk: "{ stake: { quote: 1000 }, stop_loss: 0.002 }", live: "{ budget: 5000, fee_reserve: 0 }",
            paper: "{ starting_balance: 5000, fee: 0, slippage: 0 }", orders: TraderRig.LimitOrders);
        await using var trader = rig.StartTrader(configPath, withKeys: true);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "live-l", 60, TimeSpan.FromSeconds(300), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-l");
        var (_, _, closed) = await AssertBacktestAgreesAsync(rig, db, configPath, "live-l", live: true);
        Assert.True(closed >= 2, $"expected limit trades in 60 candles; the trader closed {closed}. {trader.Output}");
        var orders = await db.Orders.ListAsync("live-l", CancellationToken.None);
        Assert.Contains(orders, o => o is { Type: OrderType.LimitMaker, Side: OrderSide.Buy, Status: OrderStatus.Closed });
        Assert.Contains(orders, o => o is { Type: OrderType.Limit, Side: OrderSide.Sell, Status: OrderStatus.Closed });
        Assert.Contains(orders, o => o.Type is OrderType.Limit or OrderType.LimitMaker && o.Status == OrderStatus.Canceled);
        Assert.Contains(orders, o => o.Type == OrderType.StopLossLimit);
        // The documented market exits (a stop reached while the limit exit rested) are checked by their rule above.
        var trades = await db.Trades.ListAsync("live-l", CancellationToken.None);
        Console.WriteLine($"live parity (binance): {orders.Count} orders, {closed} closed trades ({string.Join(", ", trades.Where(t => t.Exit is not null).GroupBy(t => t.Exit!.Reason).Select(g => $"{g.Count()} {g.Key}"))})");
    }

    /// <summary>
    /// The simulator serves a seeded tenth of its klines with high below low, the same open times on every request. The
    /// trader refuses them (not stored), asks again, then steps over them as gaps: no step, decision line or equity
    /// snapshot at an invalid candle, and the backtest over the stored candles (over the same gaps) trades the same.
    /// </summary>
    [Fact]
    public async Task Run_ExchangeServesInvalidCandles_NeverStepsOnThemAndTheBacktestOfStoredCandlesAgrees()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        // Seed 21 spoils none of the first 16 minutes after the replay's start (where the trader starts trading), and
        // five of the 45 after.
        await rig.Sim.SetFaultsAsync(0, 0, 0, rateBadKline: 0.1, seed: 21);
        var configPath = rig.WriteConfig("paper-b", "paper", entry: "close > open and fast > slow", exit: "close < open");
        await using var trader = rig.StartTrader(configPath);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "paper-b", 60, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        var (_, traded, _) = await AssertBacktestAgreesAsync(rig, db, configPath, "paper-b", ["--allow-gaps"]);
        var log = trader.Output;
        var refused = Regex.Matches(log, @"Candle (\d{4}-\d\d-\d\d \d\d:\d\dZ) from binance refused, not stored and not traded on: .*(high|low)")
            .Select(m => DateTimeOffset.ParseExact(m.Groups[1].Value, "yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds())
            .ToHashSet();
        long firstOpen = traded[0].OpenTimeMs, lastOpen = traded[^1].OpenTimeMs;
        var refusedWhileTrading = refused.Where(open => open > firstOpen && open < lastOpen).ToList();
        Assert.True(refusedWhileTrading.Count >= 2, $"expected invalid candles among the traded ones; refused: {refused.Count}. {trader.Output}");
        foreach (long open in refusedWhileTrading)
        {
            Assert.Contains($"Candle {Minutes(open)} still refused after 3 asks: stepped over as a gap, never traded on", log);
        }
        // Not stepped on: no stored candle, no equity snapshot at its close, no decision line.
        var series = new SeriesKey("binance", TraderRig.Symbol, Timeframe.M1);
        Assert.DoesNotContain(await db.Candles.ReadRangeAsync(series, 0, long.MaxValue, CancellationToken.None), c => refused.Contains(c.OpenTimeMs));
        var snapshots = (await db.Equity.ListAsync("paper-b", 0, long.MaxValue, CancellationToken.None)).Select(e => e.TimeMs).ToHashSet();
        Assert.DoesNotContain(refused, open => snapshots.Contains(Timeframe.M1.CloseTimeMs(open)));
        var decided = Regex.Matches(log, @"\] Candle (?:\d{4}-\d\d-\d\d )?(\d\d:\d\dZ) close ").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(traded.Count, decided.Count);
        Assert.DoesNotContain(refusedWhileTrading, open => decided.Contains(Minutes(open)[^6..]));
    }

    /// <summary>
    /// Asserts what the trader stepped is exactly the stored candles from its first traded one (one equity snapshot
    /// each), and that the Backtester app, run as a process on the same config and database from that candle to the
    /// close of the last, warms up on the same candles and makes the same trades. Returns the warm-up count, the
    /// candles traded and the trades the instance closed.
    /// </summary>
    /// <param name="live">The documented live rules (backtesting.md, "One set of fill rules"): fill times compare by the
    /// candle they fall in (the venue stamps a market fill at its own moment, just after the deciding close, where the
    /// backtest stamps it at the next candle's open), and a lot sold by a market order is sold at the deciding close
    /// (the venue's price then; the simulator's with <c>--slippage 0</c>) where the backtest takes the next open, its P&amp;L
    /// moved by that difference (fees zero).</param>
    private static async Task<(int Warmup, IReadOnlyList<Candle> Traded, int Closed)> AssertBacktestAgreesAsync(
        TraderRig rig, TradingDatabase db, string configPath, string instance, string[]? backtesterArgs = null, bool live = false)
    {
        backtesterArgs ??= [];
        // The candles the trader stepped (one equity snapshot each), stored in the shared DB by the trader itself.
        var config = ConfigLoader.Load(configPath);
        var tf = config.Timeframe;
        var equity = await db.Equity.ListAsync(instance, 0, long.MaxValue, CancellationToken.None);
        long firstOpen = tf.FloorMs(equity[0].TimeMs - 1), endOpen = equity[^1].TimeMs;
        var series = new SeriesKey(rig.Exchange, TraderRig.Symbol, tf);
        var traded = await db.Candles.ReadRangeAsync(series, firstOpen, endOpen, CancellationToken.None);
        Assert.Equal(equity.Select(e => e.TimeMs), traded.Select(c => tf.CloseTimeMs(c.OpenTimeMs)));
        // The trader's warm-up: the stored candles of the startup window before its first traded candle.
        int warmup = (await db.Candles.ReadRangeAsync(series, StartupCandles.WindowStartMs(tf, firstOpen, StartupCandles.For(config.Strategy)), firstOpen,
            CancellationToken.None)).Count;

        // Same market rules: the simulator derives BTC/BUSD's filters with SimMarkets from its data's first open, the
        // backtester from the first replayed open; both land on the same tick, step and minimums at this price (the id is
        // the venue's own spelling: BTCBUSD, BTC-BUSD, XBTBUSD).
        using var http = new HttpClient();
        var venue = ExchangeFactory.Create(rig.Exchange, ExchangeSettings.FromEnvironment(n => rig.Environment().GetValueOrDefault(n)), http, TimeProvider.System, Logger.None);
        var market = (await venue.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        Assert.Equal(SimMarkets.Create(TraderRig.Symbol, traded[0].Open) with { Id = market.Id }, market);

        // The Backtester app over the same config and database, from the trader's first traded candle to the close of its last.
        var (code, stdout, stderr) = await RunBacktesterAsync(rig,
            ["--config", configPath, "--from", Iso(firstOpen), "--to", Iso(endOpen), "--json", "--no-store", .. backtesterArgs]);
        Assert.True(code == 0, $"backtester exit {code}: {stderr}");
        Assert.Contains($"the strategy sees {warmup} candles before {Iso(firstOpen)}", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(traded.Count, doc.RootElement.GetProperty("metrics").GetProperty("candles").GetInt32());
        long At(long ms) => live ? tf.FloorMs(ms) : ms;
        var backtest = doc.RootElement.GetProperty("trades").EnumerateArray().Select(t => new
        {
            Entry = (At(Ms(t, "entry_time")), t.GetProperty("side").GetString(), t.GetProperty("amount").GetDecimal(), t.GetProperty("entry_price").GetDecimal()),
            Exit = (At(Ms(t, "exit_time")), t.GetProperty("exit_price").GetDecimal(), t.GetProperty("pnl").GetDecimal()),
            // Only the close at the end of a backtest is "manual"; the trader keeps that position open.
            ClosedAtEnd = t.GetProperty("exit_reason").GetString() == "manual",
        }).ToList();

        var stored = await db.Trades.ListAsync(instance, CancellationToken.None);
        var closed = stored.Where(t => t.Exit is not null).ToList();
        (long, string?, decimal, decimal) EntryAt(Trade t) => Entry(t) with { Item1 = At(t.EntryTimeMs) };
        var marketExits = live
            ? (await db.Orders.ListAsync(instance, CancellationToken.None)).Where(o => o is { Type: OrderType.Market, Side: OrderSide.Sell }).Select(o => o.ClientOrderId).ToHashSet()
            : [];
        var closes = traded.ToDictionary(c => c.OpenTimeMs, c => market.RoundPrice((decimal)c.Close));
        var expected = backtest.Where(t => !t.ClosedAtEnd).Select((t, i) =>
        {
            if (i >= closed.Count || !marketExits.Contains(closed[i].Exit!.ClientOrderId!)) return (t.Entry, t.Exit);
            decimal atClose = closes[t.Exit.Item1 - tf.DurationMs];
            return (t.Entry, (t.Exit.Item1, atClose, t.Exit.Item3 + (atClose - t.Exit.Item2) * t.Entry.Item3));
        }).ToList();
        Assert.Equal(
            expected,
            closed.Select(t => (EntryAt(t), (At(t.Exit!.TimeMs), t.Exit.Price, t.Exit.Pnl))));
        Assert.Equal(
            backtest.Where(t => t.ClosedAtEnd).Select(t => t.Entry),
            stored.Where(t => t.IsOpen).Select(EntryAt));
        return (warmup, traded, closed.Count);
    }

    private static string Minutes(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    private static (long, string?, decimal, decimal) Entry(Trade t) =>
        (t.EntryTimeMs, t.Side == OrderSide.Buy ? "long" : "short", t.Amount, t.EntryPrice);

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static long Ms(JsonElement trade, string field) =>
        DateTimeOffset.Parse(trade.GetProperty(field).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    // The built Backtester app (same configuration and framework as the tests) with the rig's DATABASE_URL and LOG_DIR.
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunBacktesterAsync(TraderRig rig, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = rig.Dir };
        info.ArgumentList.Add(TraderRig.BuiltApp("Backtester"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var key in new[] { "DATABASE_URL", "LOG_DIR", "LOG_LEVEL" }) info.Environment.Remove(key);
        foreach (var (key, value) in rig.Environment()) info.Environment[key] = value;
        return ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }
}
