using Serilog.Core;
using Trader.Database;
using Trader.Domain;
using Trader.Execution.Brokers.Live;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Trader.Tests.Run;

/// <summary>The funds guard over the in-process simulated venue and a real SQLite database shared by "two instances".</summary>
public sealed class FundsGuardTests : IAsyncLifetime
{
    private const string Symbol = "BTC/USDT";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private readonly ManualClock _clock = new();
    private TradingDatabase _db = null!;

    public async Task InitializeAsync() =>
        _db = await TradingDatabase.OpenAsync(_backend.Url(), DatabaseOptions.Default, _clock, Logger.None, Ct);

    public Task DisposeAsync()
    {
        _db.Dispose();
        _backend.Dispose();
        return Task.CompletedTask;
    }

    private SimulatedExchange Venue(decimal usdt) =>
        new((SimulatorSetup.Default with { Settings = new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = usdt }) }).Build(_clock));

    private FundsGuard Guard(IExchange exchange, string instance) =>
        new(exchange, _db.FundsReservations, _db.Alerts, new FundsGuardSettings("binance", instance, 0.001m), _clock, Logger.None);

    private static async Task<decimal> AmountForAsync(IExchange exchange, decimal quote) =>
        quote / (await exchange.FetchTickerAsync(Symbol, Ct)).Last;

    [Fact]
    public async Task BuyAsync_EnoughFree_SendsTheWholeOrderAndReleasesItsReservation()
    {
        var exchange = Venue(1_000m);
        decimal amount = (await exchange.LoadMarketsAsync(Ct))[Symbol].RoundAmount(await AmountForAsync(exchange, 500m));

        var order = await Guard(exchange, "a").BuyAsync(Symbol, OrderType.Market, amount, null, "a-1", Ct);

        Assert.Equal((OrderStatus.Closed, amount), (order.Status, order.Filled));
        Assert.Equal(0m, await _db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "b", Ct));
    }

    [Fact]
    public async Task BuyAsync_OtherInstanceReserved_CappedToFreeLessTheReservation()
    {
        var exchange = Venue(1_000m);
        await _db.FundsReservations.ReserveAsync(new FundsReservation("binance", "b", "USDT", 600m, 0), Ct);
        decimal amount = await AmountForAsync(exchange, 900m);

        var order = await Guard(exchange, "a").BuyAsync(Symbol, OrderType.Market, amount, null, "a-1", Ct);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.True(order.Filled < amount, $"expected the buy capped below {amount}, filled {order.Filled}");
        // The cost plus the fee reserve stays within the 400 USDT left for this instance (fills slip 0.05 % at most).
        Assert.InRange(order.Cost * 1.001m, 395m, 400.5m);
        Assert.Equal(600m, await _db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "a", Ct));
    }

    [Fact]
    public async Task BuyAsync_LessThanTheSmallestOrderLeft_NotSentSkippedWithReasonAndAlert()
    {
        var exchange = Venue(1_000m);
        await _db.FundsReservations.ReserveAsync(new FundsReservation("binance", "b", "USDT", 995m, 0), Ct);
        decimal amount = await AmountForAsync(exchange, 900m);

        var e = await Assert.ThrowsAsync<EntrySkippedException>(() => Guard(exchange, "a").BuyAsync(Symbol, OrderType.Market, amount, null, "a-1", Ct));

        Assert.StartsWith("insufficient balance, entry skipped: 1000", e.Message);
        Assert.Contains("USDT free on sim, 995", e.Message);
        Assert.Contains("reserved by other instances on the account", e.Message);
        Assert.Empty(await exchange.FetchOpenOrdersAsync(Symbol, Ct));
        Assert.Equal(1_000m, (await exchange.FetchBalanceAsync(Ct))["USDT"].Free);
        var alert = Assert.Single(await _db.Alerts.ListRecentAsync(10, Ct));
        Assert.Equal(("funds:a-1", AlertKinds.InsufficientFunds, "a"), (alert.Event.Key, alert.Event.Kind, alert.Event.Instance));
        Assert.Equal(0m, await _db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "b", Ct));
    }

    [Fact]
    public async Task StartAsync_LeftoverReservation_DroppedAndFundsRead()
    {
        var exchange = Venue(250m);
        await _db.FundsReservations.ReserveAsync(new FundsReservation("binance", "a", "USDT", 100m, 0), Ct);
        await _db.FundsReservations.ReserveAsync(new FundsReservation("binance", "b", "USDT", 40m, 0), Ct);

        var funds = await Guard(exchange, "a").StartAsync(Symbol, Ct);

        Assert.Equal((250m, 40m, 210m), (funds.Free, funds.ReservedByOthers, funds.Available));
        Assert.True(funds.SmallestOrder > 0m);
        Assert.Equal(40m, await _db.FundsReservations.ReservedByOthersAsync("binance", "USDT", "c", Ct));
    }
}
