using Trader.Execution;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

public sealed class ConfigWarningsTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private InstanceConfig Load(string risk, string slippage) => _files.Load($"""
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1m
        strategy: {"{"} type: rsi {"}"}
        risk:
          stake: {"{"} fraction: 0.5 {"}"}
        {risk}
        paper: {"{"} slippage: {slippage} {"}"}
        """);

    [Theory]
    [InlineData("stop_loss", "0.0005", "0.0005")]
    [InlineData("stop_loss", "0.0003", "0.0005")]
    [InlineData("trailing_stop", "0.001", "0.002")]
    public void Of_StopAtOrInsideSlippage_WarnsNamingBothKeys(string key, string stop, string slippage)
    {
        var warnings = ConfigWarnings.Of(Load($"  {key}: {stop}", slippage));
        var warning = Assert.Single(warnings);
        Assert.Contains($"risk.{key} {stop} is at or inside paper.slippage {slippage}", warning);
        Assert.Contains("stops out at once", warning);
    }

    [Theory]
    [InlineData("  stop_loss: 0.0015", "0.0005")]
    [InlineData("  stop_loss: 0.0001", "0")]
    [InlineData("", "0.0005")]
    public void Of_StopWellOutsideSlippageOrNoStop_NoWarning(string risk, string slippage)
    {
        Assert.Empty(ConfigWarnings.Of(Load(risk, slippage)));
    }

    [Fact]
    public void Of_LiveWithoutLiveSection_WarnsThatPaperSettingTheBudgetIsDeprecated()
    {
        var config = _files.Load("exchange: binance\nsymbol: BTC/USDT\ntimeframe: 1m\nmode: live\nstrategy: { type: rsi }\n" +
            "risk: { stake: { fraction: 0.5 } }\npaper: { starting_balance: 700 }\n");

        var warning = Assert.Single(ConfigWarnings.Of(config));
        Assert.Contains("live budget is taken from paper.starting_balance (700)", warning);
        Assert.Contains("deprecated: add live: { budget: 700 }", warning);
    }

    [Fact]
    public void Of_LiveWithLiveSection_NoWarning()
    {
        var config = _files.Load("exchange: binance\nsymbol: BTC/USDT\ntimeframe: 1m\nmode: live\nstrategy: { type: rsi }\n" +
            "risk: { stake: { fraction: 0.5 } }\nlive: { budget: 700 }\n");

        Assert.Empty(ConfigWarnings.Of(config));
    }
}
