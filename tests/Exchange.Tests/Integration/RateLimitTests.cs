using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Decorators;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>Weight limits against a simulator with a small limit and a short window, so the test takes seconds.</summary>
public sealed class RateLimitTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // A limit of 40 units per 5 s window: the charge tests below fill one window to its last unit.
    private static readonly string[] FortyPerWindow = ["--weight-limit", "40", "--weight-window", "5s"];

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
    public async Task ThrottledAdapter_FirstSignedCallSyncsTheClock_ChargesTheSyncBeforeSendingIt()
    {
        // 34 of 40 used, then a signed call of weight 6 fits exactly; the adapter first syncs its clock (weight 1).
        // Charged, the sync waits for the next window; uncharged, the call would be the 41st unit and be refused.
        await using var sim = await ExchangeSimProcess.StartAsync(FortyPerWindow);
        var exchange = await ThrottledAtWindowStartAsync(sim, TimeProvider.System);

        await exchange.LoadMarketsAsync(None);
        for (int i = 0; i < 7; i++) await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);
        await exchange.FetchOpenOrdersAsync("BTC/USDT", None);

        Assert.Equal(0, (await sim.StatsAsync()).GetProperty("rejectedByWeight").GetInt64());
    }

    [Fact]
    public async Task ThrottledAdapter_CallBeforeMarketsAreLoaded_ChargesTheMarketsLoadBeforeSendingIt()
    {
        // 19 of 40 used, then klines (weight 2) fits; the adapter first loads the markets it needs (weight 20).
        await using var sim = await ExchangeSimProcess.StartAsync(FortyPerWindow);
        var exchange = await ThrottledAtWindowStartAsync(sim, TimeProvider.System);

        for (int i = 0; i < 19; i++) await exchange.FetchTimeAsync(None);
        await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);

        Assert.Equal(0, (await sim.StatsAsync()).GetProperty("rejectedByWeight").GetInt64());
    }

    [Fact]
    public async Task ThrottledAdapter_MarketsAskedForAgain_ChargesOnlyTheOneListingFetched()
    {
        // The trader asks for the markets at each session, each entry's funds check and each fee conversion; the
        // adapter answers all but the first from its cache. The limiter's clock stands still, so no charge rolls away
        // with a window.
        await using var sim = await ExchangeSimProcess.StartAsync();
        var limiter = new WeightLimiter(BinanceWeights.LimitPerMinute, share: 0.5, TimeSpan.FromMinutes(1), new ManualClock());
        var exchange = new ThrottledExchange(SimFixture.Binance(sim.BaseUrl, weights: limiter), limiter, BinanceWeights.Spot);

        for (int i = 0; i < 10; i++) await exchange.LoadMarketsAsync(None);
        await exchange.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 5, None);

        Assert.Equal(1 + 1, (await sim.StatsAsync()).GetProperty("requests").GetInt64());
        Assert.Equal(BinanceWeights.Spot.LoadMarkets + BinanceWeights.Spot.FetchOhlcv, limiter.Used);
    }

    [Fact]
    public async Task ThrottledAdapter_ResendAfterMinus1021_ChargesTheResyncAndTheResend()
    {
        // After 27 + 6 units, a signed call of weight 6 leaves 1; the local clock has jumped 30 s back, so the server
        // answers -1021 (counting the call) and the adapter resyncs (1, fits) and resends (6). Charged, the resend
        // waits for the next window; uncharged, it would go over the limit.
        await using var sim = await ExchangeSimProcess.StartAsync(FortyPerWindow);
        var clock = new ShiftedClock(TimeProvider.System);
        var exchange = await ThrottledAtWindowStartAsync(sim, clock);

        await exchange.LoadMarketsAsync(None);
        await exchange.FetchOpenOrdersAsync("BTC/USDT", None);
        for (int i = 0; i < 6; i++) await exchange.FetchTimeAsync(None);
        clock.Offset = TimeSpan.FromSeconds(-30);
        await exchange.FetchOpenOrdersAsync("BTC/USDT", None);

        Assert.Equal(0, (await sim.StatsAsync()).GetProperty("rejectedByWeight").GetInt64());
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

    /// <summary>
    /// The adapter (on <paramref name="adapterClock"/>) throttled by a full-share limiter on the simulator's
    /// <see cref="FortyPerWindow"/> window, returned at the start of the next window (both sides align windows to the
    /// epoch), so the few requests of a test land in one window.
    /// </summary>
    private static async Task<ThrottledExchange> ThrottledAtWindowStartAsync(ExchangeSimProcess sim, TimeProvider adapterClock)
    {
        var window = TimeSpan.FromSeconds(5);
        var limiter = new WeightLimiter(40, share: 1, window, TimeProvider.System);
        var exchange = new ThrottledExchange(SimFixture.Binance(sim.BaseUrl, adapterClock, weights: limiter), limiter, BinanceWeights.Spot);
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), length = (long)window.TotalMilliseconds;
        await Task.Delay(TimeSpan.FromMilliseconds(length - now % length + 50));
        return exchange;
    }
}
