using Trader.ExchangeSim.Dialects.Binance;
using Trader.ExchangeSim.Dialects.Bybit;
using Trader.ExchangeSim.Dialects.Coinbase;

namespace Trader.ExchangeSim.Dialects;

/// <summary>Every dialect the simulator speaks (<c>--dialect</c>); adding a venue adds its line here.</summary>
public static class DialectCatalog
{
    /// <summary>Binance: REQUEST_WEIGHT 6000 per minute. Bybit: 600 requests per 5 s per IP. Coinbase: 30 requests per second, fees in the quote asset.</summary>
    public static IReadOnlyList<DialectInfo> All { get; } =
    [
        new("binance", 6000, TimeSpan.FromMinutes(1), c => new BinanceDialect(c)),
        new("bybit", 600, TimeSpan.FromSeconds(5), c => new BybitDialect(c)),
        new("coinbase", 30, TimeSpan.FromSeconds(1), c => new CoinbaseDialect(c), FeesInQuote: true),
    ];

    /// <summary>The dialect called <paramref name="name"/>, or null.</summary>
    public static DialectInfo? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
