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
}
