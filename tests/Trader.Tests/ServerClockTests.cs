using Trader.Trader.Run;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>The exchange clock seen through the in-process simulator, whose clock runs on a ManualClock.</summary>
public sealed class ServerClockTests
{
    [Fact]
    public async Task Until_AcceleratedServerClock_WaitsScaledLocalTime()
    {
        var local = new ManualClock();
        var exchange = new SimulatedExchange((SimulatorSetup.Default with { Speed = 60 }).Build(local));
        var server = new ServerClock(exchange, local);

        long first = await server.NowAsync(CancellationToken.None);
        local.Advance(TimeSpan.FromSeconds(2));
        long second = await server.NowAsync(CancellationToken.None);

        Assert.Equal(120_000, second - first);
        Assert.Equal(60, server.Rate, 6);
        // One simulated minute ahead is one local second; the cap bounds long waits.
        Assert.Equal(TimeSpan.FromSeconds(1), server.Until(second + 60_000, second, TimeSpan.FromSeconds(15)));
        Assert.Equal(TimeSpan.FromSeconds(15), server.Until(second + 3_600_000, second, TimeSpan.FromSeconds(15)));
        Assert.Equal(TimeSpan.Zero, server.Until(second - 1, second, TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task NowAsync_SamplesCloserThan200Ms_KeepRealTimeRate()
    {
        var local = new ManualClock();
        var server = new ServerClock(new SimulatedExchange(SimulatorSetup.Default.Build(local)), local);

        await server.NowAsync(CancellationToken.None);
        local.Advance(TimeSpan.FromMilliseconds(50));
        await server.NowAsync(CancellationToken.None);
        local.Advance(TimeSpan.FromSeconds(1));
        await server.NowAsync(CancellationToken.None);

        Assert.Equal(1.0, server.Rate, 6);
        Assert.Equal(TimeSpan.FromSeconds(5), server.Until(10_000, 5_000, TimeSpan.FromSeconds(15)));
    }
}
