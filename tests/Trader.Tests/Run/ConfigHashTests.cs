using Trader.Execution;
using Trader.Hosting.Config;
using Trader.Trader.Run;

namespace Trader.App.Tests.Run;

/// <summary>The configuration hash guards an instance's history: it must not move when the code around it does.</summary>
public sealed class ConfigHashTests
{
    // config/strategies/demo_sim.yaml as it was when `market:` was added (a copy: the demo may change, the pin may not).
    private const string DemoYaml = """
        name: demo-sim
        exchange: sim
        symbol: BTC/BUSD
        timeframe: 1m
        mode: paper
        strategy:
          type: rules
          params:
            indicators:
              fast: { kind: ema, period: 5 }
              slow: { kind: ema, period: 13 }
            entry: "fast > slow"
            exit: "fast < slow"
        risk:
          stake: { fraction: 0.5 }
          stop_loss: 0.004
          take_profit: 0.006
          max_open_positions: 1
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0.0005 }
        """;

    private static InstanceConfig Demo(string path = "demo_sim.yaml") => ConfigLoader.Parse(DemoYaml, path);

    [Fact]
    public void Of_LiveSectionSayingWhatPaperImplied_HashUnchanged()
    {
        var same = ConfigLoader.Parse(DemoYaml + "\nlive: { budget: 10000, fee_reserve: 0.001, convert_fees: true }\n", "demo_sim.yaml");
        var other = ConfigLoader.Parse(DemoYaml + "\nlive: { budget: 2000 }\n", "demo_sim.yaml");

        Assert.Equal("349c42756730a7ca", ConfigHash.Of(same));
        Assert.NotEqual("349c42756730a7ca", ConfigHash.Of(other));
    }

    [Fact]
    public void Of_FileWithoutMarket_TheHashPinnedForThisFile()
    {
        // The value databases hold for this file: a change here refuses every instance with history on upgrade.
        Assert.Equal("349c42756730a7ca", ConfigHash.Of(Demo()));
    }

    [Fact]
    public void Of_SameFileAtAnotherPath_SameHash()
    {
        Assert.Equal(ConfigHash.Of(Demo("/srv/a/demo_sim.yaml")), ConfigHash.Of(Demo("/app/config/strategies/demo_sim.yaml")));
    }

    [Fact]
    public void IsRecordedFor_HashOfATraderThatHashedThePath_MatchesAtThatPathOnly()
    {
        // What traders before this change recorded for this file read as "demo_sim.yaml" (they hashed the path too).
        const string recordedWithPath = "eabb95f86081eee0";

        Assert.True(ConfigHash.IsRecordedFor(recordedWithPath, Demo()));
        Assert.False(ConfigHash.IsRecordedFor(recordedWithPath, Demo("elsewhere/demo_sim.yaml")));
        Assert.True(ConfigHash.IsRecordedFor(ConfigHash.Of(Demo()), Demo("elsewhere/demo_sim.yaml")));
    }

    [Fact]
    public void Of_MarketAdded_DifferentHash()
    {
        var demo = Demo();

        Assert.NotEqual(ConfigHash.Of(demo), ConfigHash.Of(demo with { Market = new MarketConfig(0.01m, 0.00001m) }));
    }
}
