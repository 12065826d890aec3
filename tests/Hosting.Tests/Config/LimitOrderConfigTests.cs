using Trader.Execution.Brokers;

namespace Trader.Hosting.Tests.Config;

/// <summary>`entry:` / `exit:` with `type: limit` in live mode: accepted, post-only on every venue (each adapter sends the venue's own post-only order).</summary>
public sealed class LimitOrderConfigTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static string Live(string exchange, string orders) =>
        $"exchange: {exchange}\nsymbol: BTC/USDT\ntimeframe: 1m\nmode: live\nstrategy: {{ type: rsi }}\nrisk: {{ stake: {{ fraction: 0.5 }} }}\nlive: {{ budget: 700 }}\n{orders}\n";

    [Theory]
    [InlineData("binance")]
    [InlineData("bybit")]
    [InlineData("kraken")]
    [InlineData("coinbase")]
    public void Load_LiveLimitEntryAndExitWithPostOnly_Accepted(string exchange)
    {
        var config = _files.Load(Live(exchange, "entry: { type: limit, offset: 0.001, timeout_candles: 3, post_only: true }\nexit: { type: limit, post_only: true }"));

        Assert.Equal(new OrderConfig(OrderKind.Limit, 0.001m, 3, PostOnly: true), config.Entry);
        Assert.Equal(new OrderConfig(OrderKind.Limit, PostOnly: true), config.Exit);
    }
}
