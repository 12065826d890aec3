using Trader.Exchange.Decorators;
using Trader.Testing;

namespace Trader.Exchange.Tests.Decorators;

public sealed class WeightLimiterTests
{
    [Fact]
    public async Task AcquireAsync_OverTheShare_WaitsForTheNextWindow()
    {
        var clock = new ManualClock();
        var limiter = new WeightLimiter(limit: 10, share: 0.5, TimeSpan.FromMinutes(1), clock);

        await limiter.AcquireAsync(3, CancellationToken.None);
        var second = limiter.AcquireAsync(3, CancellationToken.None);

        Assert.Equal(5, limiter.Budget);
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));
        await second;
        Assert.Equal(3, limiter.Used);
    }

    [Fact]
    public async Task AcquireAsync_WindowSpent_SaysSoOncePerWindowWithTheWait()
    {
        var clock = new ManualClock();
        var log = new LogCollector();
        var limiter = new WeightLimiter(limit: 10, share: 0.5, TimeSpan.FromMinutes(1), clock, log: log.Logger);

        await limiter.AcquireAsync(5, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        var held = new[] { limiter.AcquireAsync(4, CancellationToken.None), limiter.AcquireAsync(1, CancellationToken.None) };

        var said = Assert.Single(log.Events);
        Assert.Equal("This process has used 5 of its 5 request weight this window: calls wait 40.0 s for the next", said.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
        clock.Advance(TimeSpan.FromSeconds(40));
        await Task.WhenAll(held);
        _ = limiter.AcquireAsync(1, CancellationToken.None);
        Assert.Equal(2, log.Events.Count);
    }

    [Fact]
    public async Task Observe_ServerReportsMore_CountsAgainstTheBudget()
    {
        var clock = new ManualClock();
        var limiter = new WeightLimiter(limit: 10, share: 0.5, TimeSpan.FromMinutes(1), clock);

        limiter.Observe(5);
        var next = limiter.AcquireAsync(1, CancellationToken.None);

        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));
        await next;
    }

    [Fact]
    public async Task AcquireAsync_WithinTheShare_DoesNotWait()
    {
        var limiter = new WeightLimiter(limit: 10, share: 1, TimeSpan.FromMinutes(1), new ManualClock());

        for (int i = 0; i < 5; i++) await limiter.AcquireAsync(2, CancellationToken.None);

        Assert.Equal(10, limiter.Used);
    }

    [Fact]
    public async Task Decaying_BurstOverTheMaximum_WaitsOnlyForTheDrainTheCallNeeds()
    {
        var clock = new ManualClock();
        // Kraken's Starter tier: a maximum of 15 draining by 0.33 per second; this process alone on the key.
        var limiter = WeightLimiter.Decaying(maximum: 15, share: 1, decayPerSecond: 0.33, clock);

        for (int i = 0; i < 15; i++) await limiter.AcquireAsync(1, CancellationToken.None);
        var next = limiter.AcquireAsync(1, CancellationToken.None);

        Assert.Equal(15, limiter.Used);
        Assert.False(next.IsCompleted);
        // One call drains in 1 / 0.33 s ≈ 3.03 s, not a whole 45 s window.
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        await next;
        Assert.Equal(15, limiter.Used);
    }

    [Fact]
    public async Task Decaying_IdleCounter_DrainsToTheFullBurstAgain()
    {
        var clock = new ManualClock();
        var limiter = WeightLimiter.Decaying(maximum: 15, share: 1, decayPerSecond: 0.33, clock);

        for (int i = 0; i < 15; i++) await limiter.AcquireAsync(1, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(6, limiter.Used);
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(0, limiter.Used);
        for (int i = 0; i < 7; i++) Assert.True(limiter.AcquireAsync(2, CancellationToken.None).IsCompleted);
        Assert.False(limiter.AcquireAsync(2, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Decaying_Share_ScalesTheMaximum()
    {
        var limiter = WeightLimiter.Decaying(maximum: 15, share: 0.5, decayPerSecond: 0.33, new ManualClock());

        Assert.Equal(7, limiter.Budget);
    }
}
