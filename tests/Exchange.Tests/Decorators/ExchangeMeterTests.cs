using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Decorators;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Exchange.Tests.Decorators;

public sealed class ExchangeMeterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static (IExchange Sim, ExchangeMeter Meter) Sim()
    {
        var meter = new ExchangeMeter();
        var settings = ExchangeSettings.FromEnvironment(_ => null) with { Simulator = SimulatorSetup.Default with { History = TimeSpan.FromHours(2) } };
        return (ExchangeFactory.Create("sim", settings, new HttpClient(), new ManualClock(), Logger.None, meter: meter), meter);
    }

    [Fact]
    public async Task Measured_RequestsAndAFailure_CountedPerMethodThenForgottenOnceReported()
    {
        var (sim, meter) = Sim();
        await sim.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 10, None);
        await sim.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 10, None);
        await Assert.ThrowsAnyAsync<ExchangeException>(() => sim.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId("nope"), None));

        IReadOnlyList<ExchangeCallStats> reported = [];
        await meter.ReportAsync((calls, budget) => { reported = calls; Assert.Null(budget); return Task.CompletedTask; });
        IReadOnlyList<ExchangeCallStats> next = [new("x", 1, 1, 1)];
        await meter.ReportAsync((calls, _) => { next = calls; return Task.CompletedTask; });

        Assert.Equal([("fetch_ohlcv", 2L, 0L), ("fetch_order", 1L, 1L)], reported.Select(c => (c.Method, c.Requests, c.Errors)));
        Assert.All(reported, c => Assert.True(c.Seconds >= 0));
        Assert.Empty(next);
    }

    [Fact]
    public async Task ReportAsync_ReportFails_CountsKeptForTheNextReport()
    {
        var (sim, meter) = Sim();
        await sim.FetchTimeAsync(None);

        await Assert.ThrowsAsync<TimeoutException>(() => meter.ReportAsync((_, _) => throw new TimeoutException()));
        await sim.FetchTimeAsync(None);
        IReadOnlyList<ExchangeCallStats> reported = [];
        await meter.ReportAsync((calls, _) => { reported = calls; return Task.CompletedTask; });

        Assert.Equal(2, Assert.Single(reported).Requests);
    }

    [Fact]
    public void Budget_BinanceLimiterWatched_ReportsItsShare()
    {
        var meter = new ExchangeMeter();
        var settings = ExchangeSettings.FromEnvironment(name => name == "BINANCE_WEIGHT_SHARE" ? "0.5" : null);

        ExchangeFactory.Create("binance", settings, new HttpClient(), new ManualClock(), Logger.None, meter: meter);

        Assert.Equal(new RateBudgetUse(0, 3000), meter.Budget());
    }
}
