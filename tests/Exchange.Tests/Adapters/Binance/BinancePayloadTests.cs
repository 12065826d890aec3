using System.Net;
using System.Text;
using Trader.Exchange.Adapters.Binance;
using Trader.Domain;

namespace Trader.Exchange.Tests.Adapters.Binance;

public sealed class BinancePayloadTests
{
    // Stands in for the network only: answers every request with a fixed body.
    private sealed class CannedHandler(string exchangeInfo, string other) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(request.RequestUri!.AbsolutePath.EndsWith("exchangeInfo") ? exchangeInfo : other, Encoding.UTF8, "application/json"),
            });
    }

    private const string Info = """
        {"symbols":[{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","filters":[
          {"filterType":"PRICE_FILTER","tickSize":"0.01"},{"filterType":"LOT_SIZE","stepSize":"0.00001","minQty":"0.00001"},
          {"filterType":"NOTIONAL","minNotional":"5"}]}]}
        """;

    private static BinanceExchange Exchange(string body) =>
        new(new HttpClient(new CannedHandler(Info, body)), new BinanceOptions(new Uri("http://127.0.0.1:1")), null, TimeProvider.System, null, Serilog.Core.Logger.None);

    [Fact]
    public async Task FetchTicker_NonNumericPrice_ThrowsNamingTheField()
    {
        var body = """{"lastPrice":"abc","bidPrice":"1","askPrice":"1","highPrice":"1","lowPrice":"1","volume":"1","closeTime":1}""";

        var e = await Assert.ThrowsAsync<ExchangeException>(() => Exchange(body).FetchTickerAsync("BTC/USDT", CancellationToken.None));

        Assert.Contains("lastPrice", e.Message);
        Assert.Contains("abc", e.Message);
    }

    [Fact]
    public async Task FetchOhlcv_ObjectInsteadOfArray_ThrowsNamingTheShape()
    {
        var e = await Assert.ThrowsAsync<ExchangeException>(() =>
            Exchange("""{"rows":[]}""").FetchOhlcvAsync("BTC/USDT", Trader.Domain.Timeframe.H1, null, 10, CancellationToken.None));

        Assert.Contains("expected an array", e.Message);
    }

    [Fact]
    public async Task LoadMarkets_Filters_BecomeMarketRules()
    {
        var markets = await Exchange("{}").LoadMarketsAsync(CancellationToken.None);

        var m = markets["BTC/USDT"];
        Assert.Equal(("BTCUSDT", "BTC", "USDT"), (m.Id, m.Base, m.Quote));
        Assert.Equal((0.01m, 0.00001m, 0.00001m, 5m), (m.TickSize, m.StepSize, m.MinAmount, m.MinNotional));
        Assert.Equal((2, 5), (m.PricePrecision, m.AmountPrecision));
    }
}
