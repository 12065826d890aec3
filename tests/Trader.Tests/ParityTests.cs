using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Exchange;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>
/// One engine, two clocks: what a paper trader did live equals what the Backtester app, run as a process on the same
/// config and the same database, does with the candles the trader stepped (it warms up on the same startup candles).
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class ParityTests
{
    [Theory]
    [InlineData("binance")]
    [InlineData("bybit")]
    public async Task Run_PaperTraderCandlesReplayedByTheBacktesterApp_SameTrades(string exchange)
    {
        await using var rig = await TraderRig.StartAsync(speed: 120, exchange: exchange);
        // Entries need both EMAs (defined only after warm-up), and come often enough for several trades in 60 candles.
        var configPath = rig.WriteConfig("paper-p", "paper", entry: "close > open and fast > slow", exit: "close < open");
        await using var trader = rig.StartTrader(configPath);
        using var db = await rig.OpenDatabaseAsync();
        await rig.WaitForStepsAsync(db, "paper-p", 60, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        // The candles the trader stepped (one equity snapshot each), stored in the shared DB by the trader itself.
        var config = ConfigLoader.Load(configPath);
        var tf = config.Timeframe;
        var equity = await db.Equity.ListAsync("paper-p", 0, long.MaxValue, CancellationToken.None);
        long firstOpen = tf.FloorMs(equity[0].TimeMs - 1), endOpen = equity[^1].TimeMs;
        var series = new SeriesKey(exchange, TraderRig.Symbol, tf);
        var traded = await db.Candles.ReadRangeAsync(series, firstOpen, endOpen, CancellationToken.None);
        Assert.Equal(equity.Select(e => e.TimeMs), traded.Select(c => tf.CloseTimeMs(c.OpenTimeMs)));

        // Same market rules: the simulator derives BTC/BUSD's filters with SimMarkets from its data's first open, the
        // backtester from the first replayed open; both land on the same tick, step and minimums at this price.
        using var http = new HttpClient();
        var venue = ExchangeFactory.Create(exchange, ExchangeSettings.FromEnvironment(n => rig.Environment().GetValueOrDefault(n)), http, TimeProvider.System, Logger.None);
        var market = (await venue.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        Assert.Equal(SimMarkets.Create(TraderRig.Symbol, traded[0].Open), market);

        // The Backtester app over the same config and database, from the trader's first traded candle to the close of its last.
        var (code, stdout, stderr) = await RunBacktesterAsync(rig,
            "--config", configPath, "--from", Iso(firstOpen), "--to", Iso(endOpen), "--json", "--no-store");
        Assert.True(code == 0, $"backtester exit {code}: {stderr}");
        Assert.Contains($"the strategy sees {StartupCandles.For(config.Strategy)} candles before {Iso(firstOpen)}", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(traded.Count, doc.RootElement.GetProperty("metrics").GetProperty("candles").GetInt32());
        var backtest = doc.RootElement.GetProperty("trades").EnumerateArray().Select(t => new
        {
            Entry = (Ms(t, "entry_time"), t.GetProperty("side").GetString(), t.GetProperty("amount").GetDecimal(), t.GetProperty("entry_price").GetDecimal()),
            Exit = (Ms(t, "exit_time"), t.GetProperty("exit_price").GetDecimal(), t.GetProperty("pnl").GetDecimal()),
            // Only the close at the end of a backtest is "manual"; the trader keeps that position open.
            ClosedAtEnd = t.GetProperty("exit_reason").GetString() == "manual",
        }).ToList();

        var stored = await db.Trades.ListAsync("paper-p", CancellationToken.None);
        var closed = stored.Where(t => t.Exit is not null).ToList();
        Assert.True(closed.Count >= 5, $"expected trades in 60 candles; the trader closed {closed.Count}");
        Assert.Equal(
            backtest.Where(t => !t.ClosedAtEnd).Select(t => (t.Entry, t.Exit)),
            closed.Select(t => (Entry(t), (t.Exit!.TimeMs, t.Exit.Price, t.Exit.Pnl))));
        Assert.Equal(
            backtest.Where(t => t.ClosedAtEnd).Select(t => t.Entry),
            stored.Where(t => t.IsOpen).Select(Entry));
    }

    private static (long, string?, decimal, decimal) Entry(Trade t) =>
        (t.EntryTimeMs, t.Side == OrderSide.Buy ? "long" : "short", t.Amount, t.EntryPrice);

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static long Ms(JsonElement trade, string field) =>
        DateTimeOffset.Parse(trade.GetProperty(field).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    // The built Backtester app (same configuration and framework as the tests) with the rig's DATABASE_URL and LOG_DIR.
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunBacktesterAsync(TraderRig rig, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = rig.Dir };
        info.ArgumentList.Add(TraderRig.BuiltApp("Backtester"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var key in new[] { "DATABASE_URL", "LOG_DIR", "LOG_LEVEL" }) info.Environment.Remove(key);
        foreach (var (key, value) in rig.Environment()) info.Environment[key] = value;
        return ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }
}
