using Trader.Domain;

namespace Trader.Domain.Tests;

public sealed class MarketRoundingTests
{
    private static readonly Market Btc = new("BTCUSDT", "BTC/USDT", "BTC", "USDT", 0.01m, 0.00001m, 0.0001m, 5m);
    private static readonly Market Wide = new("XRPUSDT", "XRP/USDT", "XRP", "USDT", 0.0001m, 1m, 1m, 5m);

    [Fact]
    public void Money_UnroundedEquity_RoundsToTheTickWithoutTrailingZeros()
    {
        Assert.Equal("9992.82", Btc.Money(9992.8246624542m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("10000", Btc.Money(10000.000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.5432", Wide.Money(0.54321987m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_WholeTick_KeepsCents()
    {
        var whole = Btc with { TickSize = 1m };
        Assert.Equal(12.35m, whole.Money(12.345m));
    }

    [Fact]
    public void Money_NonFiniteMarketData_IsZero() => Assert.Equal(0m, Btc.Money(double.NaN));

    [Fact]
    public void Amount_RoundsToTheStep()
    {
        Assert.Equal("0.29134", Btc.Amount(0.2913412345m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("12", Wide.Amount(12.4m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
