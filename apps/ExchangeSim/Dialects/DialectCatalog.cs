using Trader.ExchangeSim.Dialects.Binance;
using Trader.ExchangeSim.Dialects.Bybit;
using Trader.ExchangeSim.Dialects.Coinbase;
using Trader.ExchangeSim.Dialects.Kraken;

namespace Trader.ExchangeSim.Dialects;

/// <summary>Every dialect the simulator speaks (<c>--dialect</c>); adding a venue adds its line here.</summary>
public static class DialectCatalog
{
    /// <summary>Binance: REQUEST_WEIGHT 6000 per minute. Bybit: 600 requests per 5 s per IP.
    /// Kraken: calls counted in fixed windows of 15 per 15 s, its public one call per second (see KrakenLimits for the
    /// private counter, which the adapter keeps below); its secret is base64.
    /// Coinbase: 30 requests per second, fees in the quote asset; its secret is an EC private key PEM (without one it serves
    /// market data only).</summary>
    public static IReadOnlyList<DialectInfo> All { get; } =
    [
        new("binance", 6000, TimeSpan.FromMinutes(1), c => new BinanceDialect(c)),
        new("bybit", 600, TimeSpan.FromSeconds(5), c => new BybitDialect(c)),
        new("kraken", 15, TimeSpan.FromSeconds(15), c => new KrakenDialect(c), "c2ltLWFwaS1zZWNyZXQ="),
        new("coinbase", 30, TimeSpan.FromSeconds(1), c => new CoinbaseDialect(c), DefaultSecret: "", FeesInQuote: true),
    ];

    /// <summary>The dialect called <paramref name="name"/>, or null.</summary>
    public static DialectInfo? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
