using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Decorators;
using Trader.Exchange.Errors;
using Trader.Testing;
using Trader.Timeframes;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Weight limits against a simulator with a small limit and a short window, so the test takes seconds.</summary>
public sealed class RateLimitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ThrottledAdapter_ManyRequests_NeverExceedsItsShareOfTheLimit()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--weight-limit", "40", "--weight-window", "2s");
        var limiter = new WeightLimiter(40, share: 0.5, TimeSpan.FromSeconds(2), TimeProvider.System);
        var exchange = new ThrottledExchange(SimFixture.Binance(sim.BaseUrl, weights: limiter), limiter, BinanceWeights.Spot);

        await exchange.LoadMarketsAsync(None);
        for (int i = 0; i < 30; i++) await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);

        var stats = await sim.StatsAsync();
        Assert.Equal(0, stats.GetProperty("rejectedByWeight").GetInt64());
        Assert.InRange(stats.GetProperty("maxUsedWeight").GetInt32(), 1, 20);
    }

    [Fact]
    public async Task PlainAdapter_OverTheLimit_GetsRateLimitExceededWithRetryAfter()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--weight-limit", "40", "--weight-window", "1m");
        var binance = SimFixture.Binance(sim.BaseUrl);
        await binance.LoadMarketsAsync(None); // weight 20

        var e = await Assert.ThrowsAsync<RateLimitExceededException>(async () =>
        {
            for (int i = 0; i < 20; i++) await binance.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);
        });

        Assert.True(e.RetryAfter > TimeSpan.Zero);
        Assert.Contains("-1003", e.Message);
    }
}
