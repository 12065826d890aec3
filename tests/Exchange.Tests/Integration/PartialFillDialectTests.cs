using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>
/// Each adapter against its dialect of ExchangeSim filling resting limit orders a quarter per candle
/// (<c>--limit-fill-share 0.25</c>): a partly filled order reads as open with what filled and its trades, and after a
/// cancel as canceled with the part kept (Binance <c>PARTIALLY_FILLED</c>, Bybit <c>PartiallyFilled</c> and
/// <c>PartiallyFilledCanceled</c>, Kraken <c>vol_exec</c>, Coinbase <c>filled_size</c>).
/// </summary>
public sealed class PartialFillDialectTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("binance", "BTC/USDT")]
    [InlineData("bybit", "BTC/USDT")]
    [InlineData("kraken", "BTC/USD")]
    [InlineData("coinbase", "BTC/USD")]
    public async Task RestingLimit_FilledInPart_ReadsOpenWithThePartThenCanceledKeepingIt(string dialect, string symbol)
    {
        // A minute a second: a resting order a little under the price sees a candle trade through it within seconds.
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", dialect, "--symbols", symbol, "--random-walk", "7", "--history", "1d",
            "--speed", "60", "--limit-fill-share", "0.25", "--weight-limit", "100000", "--balances", "USDT=100000,USD=100000,BTC=1");
        var exchange = Client(dialect, sim.BaseUrl);
        var market = (await exchange.LoadMarketsAsync(None))[symbol];
        // Priced from the last close and placed in the same candle, so a later close cannot have crossed it (a taker fill is whole).
        await CandleJustOpenedAsync(exchange);
        decimal last = (await exchange.FetchTickerAsync(symbol, None)).Last;
        var placed = await exchange.CreateOrderAsync(symbol, OrderType.Limit, OrderSide.Buy, 0.01m, market.RoundPrice(last * 0.9995m), "part-" + dialect, None);
        Assert.Equal((OrderStatus.Open, 0m), (placed.Status, placed.Filled));

        var part = await FirstPartAsync(exchange, symbol, placed.Id, sim);
        Assert.Equal(OrderStatus.Open, part.Status);
        Assert.InRange(part.Filled, 0.0025m, 0.0075m);
        Assert.Equal(part.Filled, TradesOf(await exchange.FetchMyTradesAsync(symbol, placed.TimestampMs, 1000, None), placed.Id).Sum(t => t.Amount));
        Assert.Contains(await exchange.FetchOpenOrdersAsync(symbol, None), o => o.Id == placed.Id && o.Filled > 0m);

        var canceled = await exchange.CancelOrderAsync(symbol, OrderRef.ById(placed.Id), None);
        var after = await exchange.FetchOrderAsync(symbol, OrderRef.ById(placed.Id), None);
        // The cancel may land after another part filled; whatever filled by then is kept, and no more than three quarters.
        Assert.Equal((OrderStatus.Canceled, OrderStatus.Canceled), (canceled.Status, after.Status));
        Assert.InRange(after.Filled, part.Filled, 0.0075m);
        Assert.Equal(0.01m, after.Amount);
        var trades = TradesOf(await exchange.FetchMyTradesAsync(symbol, placed.TimestampMs, 1000, None), placed.Id);
        Assert.Equal(after.Filled, trades.Sum(t => t.Amount));
        Assert.All(trades, t => Assert.True(t.Price <= placed.Price, $"{dialect}: a buy part at {t.Price} above its limit {placed.Price}"));
        Assert.DoesNotContain(await exchange.FetchOpenOrdersAsync(symbol, None), o => o.Id == placed.Id);
    }

    // Waits until the simulator's minute is in its first sixth (a tenth of a second of real time at --speed 60).
    private static async Task CandleJustOpenedAsync(IExchange exchange)
    {
        while (await exchange.FetchTimeAsync(None) % 60_000 > 10_000) await Task.Delay(20, None);
    }

    private static IExchange Client(string dialect, Uri baseUrl) => dialect switch
    {
        "binance" => SimFixture.Binance(baseUrl),
        "bybit" => BybitSimFixture.Bybit(baseUrl),
        "kraken" => KrakenSimFixture.Kraken(baseUrl),
        "coinbase" => CoinbaseSimFixture.Coinbase(baseUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "no adapter for this dialect"),
    };

    private static List<ExchangeTrade> TradesOf(IReadOnlyList<ExchangeTrade> trades, string orderId) => trades.Where(t => t.OrderId == orderId).ToList();

    // Polls the order until a part filled; a quarter a candle, so it is caught open well before its last part.
    private static async Task<ExchangeOrder> FirstPartAsync(IExchange exchange, string symbol, string orderId, ExchangeSimProcess sim)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            var order = await exchange.FetchOrderAsync(symbol, OrderRef.ById(orderId), None);
            if (order.Filled > 0m || order.Status != OrderStatus.Open) return order;
            if (timeout.IsCancellationRequested) throw new TimeoutException($"no part of {orderId} filled within 90 s: {sim.Errors}");
            await Task.Delay(100, None);
        }
    }
}
