using Trader.Execution.Brokers;

namespace Trader.Hosting.Tests.Config;

/// <summary>`entry:` / `exit:` with `type: limit` in live mode: accepted, post-only only where the adapter sends it.</summary>
public sealed class LimitOrderConfigTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static string Live(string exchange, string orders) =>
        $"exchange: {exchange}\nsymbol: BTC/USDT\ntimeframe: 1m\nmode: live\nstrategy: {{ type: rsi }}\nrisk: {{ stake: {{ fraction: 0.5 }} }}\nlive: {{ budget: 700 }}\n{orders}\n";

    [Theory]
    [InlineData("binance")]
    [InlineData("coinbase")]
    public void Load_LiveLimitEntryAndExitWithPostOnly_Accepted(string exchange)
    {
        var config = _files.Load(Live(exchange, "entry: { type: limit, offset: 0.001, timeout_candles: 3, post_only: true }\nexit: { type: limit }"));

        Assert.Equal(new OrderConfig(OrderKind.Limit, 0.001m, 3, PostOnly: true), config.Entry);
        Assert.Equal(new OrderConfig(OrderKind.Limit), config.Exit);
    }

    [Theory]
    [InlineData("bybit")]
    [InlineData("kraken")]
    public void Load_LivePostOnlyOnAVenueWhoseAdapterSendsNone_ReportedAtTheKey(string exchange)
    {
        var (path, lines) = _files.Errors(Live(exchange, "entry: { type: limit }\nexit: { type: limit, post_only: true }"));

        TempConfig.Single(path, lines, 9, "'exit.post_only: true' in live mode", $"the {exchange} adapter sends no post-only order yet");
    }
}
