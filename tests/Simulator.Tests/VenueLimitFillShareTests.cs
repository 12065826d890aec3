using Trader.Domain;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Exchange.Tests.Simulator;

public sealed class VenueLimitFillShareTests : IDisposable
{
    private const string Symbol = "ABC/USDT";
    private static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"share-{Guid.NewGuid():N}.csv");
    private readonly ManualClock _clock = new();

    public VenueLimitFillShareTests() =>
        File.WriteAllLines(_csv,
        [
            "time,open,high,low,close,volume",
            "2024-01-01T00:00:00Z,100,101,99,100,10",
            "2024-01-01T00:01:00Z,100,100,96,97,10",   // through a buy at 97
            "2024-01-01T00:02:00Z,97,99,96.5,98,10",   // through
            "2024-01-01T00:03:00Z,98,99,97.5,98,10",   // not through
            "2024-01-01T00:04:00Z,98,98,96,96.5,10",   // through
            "2024-01-01T00:05:00Z,96.5,97,95,96,10",   // through
        ]);

    public void Dispose() => File.Delete(_csv);

    private Venue Build(decimal share) =>
        new SimulatorSetup([Symbol], _csv, 1, Timeframe.M1, TimeSpan.Zero, T0 + 60_000, 1.0,
            new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 1000m }, FeeRate: 0.001m, Slippage: 0m, LimitFillShare: share)).Build(_clock);

    private static long CloseOf(int minute) => T0 + (minute + 1) * 60_000L;

    [Fact]
    public void RestingLimitBuy_EachCandleThroughIt_FillsOneShareAsItsOwnTradeAndStaysOpenUntilTheLast()
    {
        var venue = Build(0.25m);
        venue.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 97m, "l1");

        var seen = new List<(OrderStatus, decimal)>();
        for (int minute = 1; minute <= 5; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            var o = venue.Order(Symbol, OrderRef.ByClientId("l1"));
            seen.Add((o.Status, o.Filled));
        }

        Assert.Equal(
            [(OrderStatus.Open, 0.25m), (OrderStatus.Open, 0.5m), (OrderStatus.Open, 0.5m), (OrderStatus.Open, 0.75m), (OrderStatus.Closed, 1m)], seen);
        var trades = venue.Trades(Symbol, null, null, null, 10);
        Assert.Equal([CloseOf(1), CloseOf(2), CloseOf(4), CloseOf(5)], trades.Select(t => t.TimestampMs));
        Assert.All(trades, t => Assert.Equal((0.25m, 97m, true), (t.Amount, t.Price, t.IsMaker)));
        var balance = venue.Balance();
        Assert.Equal((903m, 0m), (balance["USDT"].Free, balance["USDT"].Used));
        Assert.Equal(1m - 4 * 0.00025m, balance["ABC"].Free);
    }

    [Fact]
    public void PartlyFilledLimitBuy_Canceled_KeepsItsPartsAndReleasesTheRest()
    {
        var venue = Build(0.25m);
        venue.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 97m, "l1");
        _clock.Advance(TimeSpan.FromMinutes(2));
        var open = venue.Order(Symbol, OrderRef.ByClientId("l1"));
        Assert.Equal((OrderStatus.Open, 0.5m, 48.5m, CloseOf(2)), (open.Status, open.Filled, open.Cost, open.LastUpdateMs));
        Assert.Equal(48.5m, venue.Balance()["USDT"].Used);

        var canceled = venue.Cancel(Symbol, OrderRef.ByClientId("l1"));

        Assert.Equal((OrderStatus.Canceled, 0.5m, 97m), (canceled.Status, canceled.Filled, canceled.Average));
        Assert.Equal(2, venue.Trades(Symbol, null, null, null, 10).Count);
        var balance = venue.Balance();
        Assert.Equal((1000m - 48.5m, 0m), (balance["USDT"].Free, balance["USDT"].Used));
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(2, venue.Trades(Symbol, null, null, null, 10).Count);
    }

    [Fact]
    public void RestingLimitSell_InParts_SellsTheLockedCoinsPartByPart()
    {
        var venue = Build(0.5m);
        venue.Place(Symbol, OrderType.Market, OrderSide.Buy, 1m, null, "b");
        _clock.Advance(TimeSpan.FromMinutes(1)); // last close 97; 00:02 (high 99) and 00:03 (high 99) trade through 98.5
        venue.Place(Symbol, OrderType.Limit, OrderSide.Sell, 0.998m, 98.5m, "s");

        _clock.Advance(TimeSpan.FromMinutes(1));
        var part = venue.Order(Symbol, OrderRef.ByClientId("s"));
        Assert.Equal((OrderStatus.Open, 0.499m), (part.Status, part.Filled));
        Assert.Equal((0.001m, 0.499m), (venue.Balance()["ABC"].Free, venue.Balance()["ABC"].Used));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((OrderStatus.Closed, 0.998m), (venue.Order(Symbol, OrderRef.ByClientId("s")).Status, venue.Order(Symbol, OrderRef.ByClientId("s")).Filled));
        Assert.Equal((0.001m, 0m), (venue.Balance()["ABC"].Free, venue.Balance()["ABC"].Used));
    }

    [Fact]
    public void RestingLimit_RestTooSmallToTradeAlone_FillsWithThePartBeforeIt()
    {
        var venue = Build(0.4m);
        venue.Place(Symbol, OrderType.Limit, OrderSide.Buy, 0.1m, 97m, "l1");

        _clock.Advance(TimeSpan.FromMinutes(2));

        // 0.04, then 0.06: a part of 0.04 would leave 0.02 (1.94 USDT, under the 5 USDT minimum notional).
        Assert.Equal([0.04m, 0.06m], venue.Trades(Symbol, null, null, null, 10).Select(t => t.Amount));
        Assert.Equal(OrderStatus.Closed, venue.Order(Symbol, OrderRef.ByClientId("l1")).Status);
    }
}
