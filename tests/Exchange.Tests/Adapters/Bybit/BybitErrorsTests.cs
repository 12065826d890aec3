using Trader.Domain;
using Trader.Exchange.Adapters.Bybit;

namespace Trader.Exchange.Tests.Adapters.Bybit;

public sealed class BybitErrorsTests
{
    [Theory]
    [InlineData(200, 10002, typeof(InvalidNonceException))]
    [InlineData(200, 10003, typeof(AuthenticationException))]
    [InlineData(200, 10004, typeof(AuthenticationException))]
    [InlineData(200, 10006, typeof(RateLimitExceededException))]
    [InlineData(200, 10016, typeof(ExchangeNotAvailableException))]
    [InlineData(200, 170131, typeof(InsufficientFundsException))]
    [InlineData(200, 170213, typeof(OrderNotFoundException))]
    [InlineData(200, 170141, typeof(DuplicateOrderIdException))]
    [InlineData(200, 170136, typeof(InvalidOrderException))]
    [InlineData(403, null, typeof(RateLimitExceededException))]
    [InlineData(429, null, typeof(RateLimitExceededException))]
    [InlineData(503, null, typeof(ExchangeNotAvailableException))]
    public void Map_StatusAndRetCode_GiveTheUnifiedType(int status, int? retCode, Type expected)
    {
        var e = BybitErrors.Map(status, retCode, "message", "create order", TimeSpan.FromSeconds(1));

        Assert.IsType(expected, e);
        Assert.StartsWith("create order failed", e.Message);
    }

    [Fact]
    public void Map_ParamsErrorAboutTheSymbol_IsBadSymbol_OtherParamsErrorsAreNot()
    {
        Assert.IsType<BadSymbolException>(BybitErrors.Map(200, 10001, "Not supported symbols", "fetch ticker", TimeSpan.Zero));
        Assert.IsType<ExchangeException>(BybitErrors.Map(200, 10001, "params error: qty is required", "create order", TimeSpan.Zero));
    }
}
