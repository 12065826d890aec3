using Trader.Exchange.Adapters.Binance;
using Trader.Domain;

namespace Trader.Exchange.Tests.Adapters.Binance;

public sealed class BinanceErrorsTests
{
    [Theory]
    [InlineData(400, -1022, "Signature for this request is not valid.", typeof(AuthenticationException))]
    [InlineData(401, -2015, "Invalid API-key, IP, or permissions for action.", typeof(AuthenticationException))]
    [InlineData(401, -2014, "API-key format invalid.", typeof(AuthenticationException))]
    [InlineData(400, -1021, "Timestamp for this request is outside of the recvWindow.", typeof(InvalidNonceException))]
    [InlineData(400, -1121, "Invalid symbol.", typeof(BadSymbolException))]
    [InlineData(400, -2013, "Order does not exist.", typeof(OrderNotFoundException))]
    [InlineData(400, -2011, "Unknown order sent.", typeof(OrderNotFoundException))]
    [InlineData(400, -2010, "Account has insufficient balance for requested action.", typeof(InsufficientFundsException))]
    [InlineData(400, -2010, "Duplicate order sent.", typeof(DuplicateOrderIdException))]
    [InlineData(400, -1013, "Filter failure: LOT_SIZE", typeof(InvalidOrderException))]
    [InlineData(429, -1003, "Too much request weight used", typeof(RateLimitExceededException))]
    [InlineData(418, -1003, "Way too much request weight used; IP banned", typeof(RateLimitExceededException))]
    [InlineData(503, -1001, "Internal error", typeof(ExchangeNotAvailableException))]
    [InlineData(400, -1000, "An unknown error occurred while processing the request.", typeof(ExchangeException))]
    public void Map_VenueCode_GivesHierarchyType(int status, int code, string msg, Type expected)
    {
        var error = BinanceErrors.Map(status, code, msg, "create order BUY 1 BTC/USDT", TimeSpan.FromSeconds(3));

        Assert.IsType(expected, error);
        Assert.Contains("create order BUY 1 BTC/USDT", error.Message);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Map_429_CarriesRetryAfterAndIsTransient()
    {
        var error = BinanceErrors.Map(429, -1003, "Too much request weight used", "fetch OHLCV", TimeSpan.FromSeconds(7));

        var limited = Assert.IsType<RateLimitExceededException>(error);
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);
        Assert.IsAssignableFrom<TransientExchangeException>(error);
    }

    [Fact]
    public void Map_HtmlErrorPageWithoutCode_UsesStatus()
    {
        Assert.IsType<ExchangeNotAvailableException>(BinanceErrors.Map(502, null, null, "fetch time", TimeSpan.Zero));
    }
}
