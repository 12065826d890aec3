using Trader.Domain;
using Trader.Exchange.Adapters.Coinbase;

namespace Trader.Exchange.Tests.Adapters.Coinbase;

public sealed class CoinbaseErrorsTests
{
    [Theory]
    [InlineData(401, null, "fetch balance", typeof(AuthenticationException))]
    [InlineData(403, "PERMISSION_DENIED", "fetch balance", typeof(AuthenticationException))]
    [InlineData(429, null, "fetch time", typeof(RateLimitExceededException))]
    [InlineData(503, "UNAVAILABLE", "fetch time", typeof(ExchangeNotAvailableException))]
    [InlineData(404, "NOT_FOUND", "fetch order 7 on BTC/USD", typeof(OrderNotFoundException))]
    [InlineData(200, "UNKNOWN_CANCEL_ORDER", "cancel order 7 on BTC/USD", typeof(OrderNotFoundException))]
    [InlineData(200, "INSUFFICIENT_FUND", "create Market order Buy 1 BTC/USD (x)", typeof(InsufficientFundsException))]
    [InlineData(200, "PREVIEW_INSUFFICIENT_FUND", "create Market order Buy 1 BTC/USD (x)", typeof(InsufficientFundsException))]
    [InlineData(200, "PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE", "create stop-limit order Sell 1 BTC/USD (x)", typeof(OrderWouldTriggerException))]
    [InlineData(200, "INVALID_SIZE_PRECISION", "create Limit order Buy 1 BTC/USD (x)", typeof(InvalidOrderException))]
    [InlineData(400, "INVALID_ARGUMENT", "create Limit order Buy 1 BTC/USD (x)", typeof(InvalidOrderException))]
    [InlineData(400, "INVALID_ARGUMENT", "fetch OHLCV BTC/USD 1m", typeof(ExchangeException))]
    [InlineData(200, "INVALID_PRODUCT_ID", "create Limit order Buy 1 NOPE/USD (x)", typeof(BadSymbolException))]
    public void Map_ReasonAndStatus_GiveTheUnifiedType(int status, string? reason, string context, Type expected)
    {
        var e = CoinbaseErrors.Map(status, reason, "detail", context, TimeSpan.FromSeconds(2));

        Assert.IsType(expected, e);
        Assert.StartsWith(context, e.Message);
    }

    [Fact]
    public void Map_429_CarriesTheRetryAfter()
    {
        var e = Assert.IsType<RateLimitExceededException>(CoinbaseErrors.Map(429, "RATE_LIMIT_EXCEEDED", "Too many requests", "fetch time", TimeSpan.FromSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), e.RetryAfter);
    }
}
