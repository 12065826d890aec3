using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Adapters.Bybit;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Exchange.Adapters.Kraken;

namespace Trader.Exchange.Tests.Adapters;

/// <summary>
/// A venue that answers 503 leaves an order's fate unknown only when the request could have placed or canceled one: the
/// error of a failed read must not say that an order may have been placed (it is printed on every retry of it).
/// </summary>
public sealed class UnknownOutcomeTests
{
    public static TheoryData<string> Venues => new() { "binance", "bybit", "kraken", "coinbase" };

    private static ExchangeException Map503(string venue, string context, bool changesState) => venue switch
    {
        "binance" => BinanceErrors.Map(503, null, null, context, TimeSpan.Zero, changesState),
        "bybit" => BybitErrors.Map(503, null, null, context, TimeSpan.Zero, changesState),
        "kraken" => KrakenErrors.Map(503, [], context, TimeSpan.Zero, changesState),
        "coinbase" => CoinbaseErrors.Map(503, null, null, context, TimeSpan.Zero, changesState),
        _ => throw new ArgumentOutOfRangeException(nameof(venue)),
    };

    [Theory]
    [MemberData(nameof(Venues))]
    public void Map_503_SaysAnOrderMayHaveBeenPlacedOnlyForACallThatChangesState(string venue)
    {
        var read = Map503(venue, "load markets", changesState: false);
        var write = Map503(venue, "create order BUY 1 BTC/USDT", changesState: true);

        Assert.IsType<ExchangeNotAvailableException>(read);
        Assert.IsType<ExchangeNotAvailableException>(write);
        Assert.DoesNotContain("may or may not", read.Message);
        Assert.Contains("an order may or may not have been placed", write.Message);
    }
}
