using Trader.Domain;
using Trader.Exchange.Adapters.Kraken;

namespace Trader.Exchange.Tests.Adapters.Kraken;

public sealed class KrakenErrorsTests
{
    [Theory]
    [InlineData(200, "EAPI:Invalid nonce", typeof(InvalidNonceException))]
    [InlineData(200, "EAPI:Invalid key", typeof(AuthenticationException))]
    [InlineData(200, "EAPI:Invalid signature", typeof(AuthenticationException))]
    [InlineData(200, "EGeneral:Permission denied", typeof(AuthenticationException))]
    [InlineData(200, "EAPI:Rate limit exceeded", typeof(RateLimitExceededException))]
    [InlineData(200, "EOrder:Rate limit exceeded", typeof(RateLimitExceededException))]
    [InlineData(200, "EGeneral:Temporary lockout", typeof(RateLimitExceededException))]
    [InlineData(200, "EService:Unavailable", typeof(ExchangeNotAvailableException))]
    [InlineData(200, "EGeneral:Internal error", typeof(ExchangeNotAvailableException))]
    [InlineData(200, "EOrder:Insufficient funds", typeof(InsufficientFundsException))]
    [InlineData(200, "EOrder:Unknown order", typeof(OrderNotFoundException))]
    [InlineData(200, "EOrder:Duplicate cl_ord_id", typeof(DuplicateOrderIdException))]
    [InlineData(200, "EQuery:Unknown asset pair", typeof(BadSymbolException))]
    [InlineData(200, "EQuery:Invalid asset pair", typeof(BadSymbolException))]
    [InlineData(200, "EOrder:Order minimum not met", typeof(InvalidOrderException))]
    [InlineData(200, "EGeneral:Invalid arguments", typeof(InvalidOrderException))]
    [InlineData(200, "EGeneral:Invalid arguments:volume", typeof(InvalidOrderException))]
    [InlineData(429, "EGeneral:Too many requests", typeof(RateLimitExceededException))]
    [InlineData(503, null, typeof(ExchangeNotAvailableException))]
    public void Map_ErrorString_GivesTheUnifiedType(int status, string? error, Type expected)
    {
        var e = KrakenErrors.Map(status, error is null ? [] : [error], "create order", TimeSpan.FromSeconds(3));

        Assert.IsType(expected, e);
        Assert.StartsWith("create order failed", e.Message);
    }

    [Fact]
    public void Map_TemporaryLockout_WaitsForTheLockoutNotTheDecay()
    {
        var e = Assert.IsType<RateLimitExceededException>(KrakenErrors.Map(200, ["EGeneral:Temporary lockout"], "fetch balance", TimeSpan.FromSeconds(3)));

        Assert.Equal(KrakenErrors.LockoutWait, e.RetryAfter);
    }

    [Fact]
    public void Map_UnlistedError_IsAPlainExchangeExceptionNamingIt()
    {
        var e = KrakenErrors.Map(200, ["EFunding:Unknown withdraw key"], "fetch balance", TimeSpan.Zero);

        Assert.IsType<ExchangeException>(e);
        Assert.Contains("EFunding:Unknown withdraw key", e.Message);
    }
}
