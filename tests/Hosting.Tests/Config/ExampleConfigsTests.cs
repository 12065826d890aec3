using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

public sealed class ExampleConfigsTests
{
    internal static string RepoRoot() => Trader.Testing.Repository.Root;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot(), "config", "strategies"), "*.yaml").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_ShippedConfig_IsValid(string file)
    {
        var config = ConfigLoader.Load(Path.Combine(RepoRoot(), "config", "strategies", file));
        Assert.Equal(TradingMode.Paper, config.Mode);
    }

    [Fact]
    public void Load_ShippedConfigs_AreTheDocumentedInstances()
    {
        string dir = Path.Combine(RepoRoot(), "config", "strategies");
        var expected = new[]
        {
            ("btc_binance_1h.yaml", "binance", "BTC/USDT", Timeframe.H1, "rsi"),
            ("eth_binance_15m.yaml", "binance", "ETH/USDT", Timeframe.M15, "scalping"),
            ("sol_binance_4h.yaml", "binance", "SOL/USDT", Timeframe.H4, "trend_following"),
            ("avax_bybit_1h.yaml", "bybit", "AVAX/USDT", Timeframe.H1, "trend_following"),
            ("sol_kraken_4h.yaml", "kraken", "SOL/USDT", Timeframe.H4, "trend_following"),
            ("btc_coinbase_1h.yaml", "coinbase", "BTC/USD", Timeframe.H1, "rsi"),
            ("demo_sim.yaml", "sim", "BTC/BUSD", Timeframe.M1, "rules"),
        };
        foreach (var (file, exchange, symbol, tf, type) in expected)
        {
            var c = ConfigLoader.Load(Path.Combine(dir, file));
            Assert.Equal((exchange, symbol, tf, type), (c.Exchange, c.Symbol, c.Timeframe, c.Strategy.Type));
        }
    }
}
