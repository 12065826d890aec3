using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;

namespace Trader.Backfiller.Tests;

public sealed class StrategySeriesTests
{
    private const string Risk = "risk:\n  stake: { fraction: 0.10 }\n";

    [Fact]
    public void Load_TwoInstancesShareASeries_OneRequestWithTheLargerWarmup()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch.File("a.yaml"), "exchange: binance\nsymbol: BTC/USDT\ntimeframe: 1h\nstrategy:\n  type: rsi\n  params: { period: 14 }\n" + Risk);
        File.WriteAllText(scratch.File("b.yaml"), "exchange: binance\nsymbol: BTC/USDT\ntimeframe: 1h\nstrategy:\n  type: macd\n" + Risk);
        File.WriteAllText(scratch.File("c.yaml"), "exchange: binance\nsymbol: ETH/USDT\ntimeframe: 15m\nstrategy:\n  type: rsi\n" + Risk);
        long since = TimeText.ParseInstantMs("2024-02-01", "since");

        var requests = StrategySeries.Load(scratch.Dir, since, null);

        Assert.Equal(2, requests.Count);
        var btc = Assert.Single(requests, r => r.Key.Symbol == "BTC/USDT");
        int warmup = Math.Max(StartupCandles.For(ConfigLoader.Load(scratch.File("a.yaml")).Strategy),
            StartupCandles.For(ConfigLoader.Load(scratch.File("b.yaml")).Strategy));
        Assert.True(warmup >= StartupCandles.Minimum);
        Assert.Equal(warmup, btc.WarmupCandles);
        Assert.Equal(since - warmup * Timeframe.H1.DurationMs, btc.StartMs(serverNowMs: since + 86_400_000));
        Assert.Equal(Timeframe.M15, Assert.Single(requests, r => r.Key.Symbol == "ETH/USDT").Key.Timeframe);
    }

    [Fact]
    public void StartMs_NoSinceOnMonths_EndsWarmupAtTheFormingMonth()
    {
        var request = new SeriesRequest(new("binance", "BTC/USDT", Timeframe.Month1), null, null, WarmupCandles: 3);
        long now = TimeText.ParseInstantMs("2024-03-15T10:00:00Z", "now");
        Assert.Equal(TimeText.ParseInstantMs("2023-12-01", "x"), request.StartMs(now));
    }

    [Fact]
    public void Load_ShippedStrategies_AllLoad()
    {
        var requests = StrategySeries.Load(Path.Combine(Repo.Root, "config", "strategies"), null, null);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.True(r.WarmupCandles >= 1));
    }

    [Fact]
    public void Load_ShippedStrategies_SkipsTheInProcessSimulatorDemo()
    {
        var requests = StrategySeries.Load(Path.Combine(Repo.Root, "config", "strategies"), null, null);
        Assert.DoesNotContain(requests, r => r.Key.Exchange == "sim");
        Assert.Contains(requests, r => r.Key.Exchange == "binance" && r.Key.Symbol == "BTC/USDT");
    }

    [Fact]
    public void Load_InvalidInstance_ThrowsWithFileAndLine()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch.File("bad.yaml"), "exchange: binance\nsymbol: BTC/USDT\ntimeframe: 7h\nstrategy:\n  type: rsi\n" + Risk);
        var e = Assert.Throws<ConfigException>(() => StrategySeries.Load(scratch.Dir, null, null));
        Assert.Contains("bad.yaml:3:", e.Message);
    }
}
