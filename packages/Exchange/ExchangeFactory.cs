using Serilog;
using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Adapters.Bybit;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Exchange.Adapters.Kraken;
using Trader.Exchange.Decorators;
using Trader.Simulator;

namespace Trader.Exchange;

/// <summary>Builds the exchange a config names (<c>exchange: binance</c>, <c>bybit</c>, <c>coinbase</c>, <c>kraken</c> or <c>sim</c>; see <see cref="ExchangeIds.All"/>), wrapped in the shared decorators.</summary>
public static class ExchangeFactory
{
    /// <summary>
    /// <c>binance</c>, <c>bybit</c>, <c>coinbase</c>, <c>kraken</c>: the venue's REST adapter inside throttling (a share of its rate limit) inside retries.
    /// <c>sim</c>: the in-process simulator, which needs neither. Unknown names throw <see cref="ConfigException"/>.
    /// </summary>
    /// <param name="name">The <c>exchange:</c> value.</param>
    /// <param name="settings">Endpoints, keys and budgets from the environment.</param>
    /// <param name="http">The client the adapter sends with.</param>
    /// <param name="clock">Time source for signatures, windows and waits.</param>
    /// <param name="log">Where retries and throttling are logged.</param>
    /// <param name="rateLimits">
    /// The database's shared budgets: with <see cref="ExchangeSettings.SharedWeightLimit"/> set, every process on the same
    /// account takes its weight from one budget there. Null for a process without a database.
    /// </param>
    /// <param name="meter">
    /// Counts every request to the venue and watches its rate-limit budget (the trader reports it for <c>/metrics</c>);
    /// null: nothing is measured.
    /// </param>
    public static IExchange Create(
        string name, ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log, IRateLimitStore? rateLimits = null, ExchangeMeter? meter = null)
    {
        IExchange Measured(IExchange venue) => meter is null ? venue : new MeasuredExchange(venue, meter, clock);
        return name switch
        {
            ExchangeIds.Binance => CreateBinance(settings, http, clock, log, rateLimits, meter, Measured),
            ExchangeIds.Bybit => CreateBybit(settings, http, clock, log, meter, Measured),
            ExchangeIds.Coinbase => CreateCoinbase(settings, http, clock, log, meter, Measured),
            ExchangeIds.Kraken => CreateKraken(settings, http, clock, log, meter, Measured),
            ExchangeIds.Simulator => Measured(new SimulatedExchange(settings.Simulator.Build(clock))),
            _ => throw new ConfigException($"exchange '{name}' is not supported; use one of: {string.Join(", ", ExchangeIds.All)}."),
        };
    }

    private static IExchange CreateBinance(
        ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log, IRateLimitStore? rateLimits, ExchangeMeter? meter, Func<IExchange, IExchange> measured)
    {
        var shared = settings.SharedWeightLimit is { } limit && rateLimits is not null
            ? new SharedWeightBudget(rateLimits, AccountBucket(settings), limit, TimeSpan.FromMinutes(1), clock)
            : null;
        var limiter = new WeightLimiter(BinanceWeights.LimitPerMinute, settings.WeightShare, TimeSpan.FromMinutes(1), clock, shared, log);
        var plain = new BinanceExchange(http, settings.Binance, settings.BinanceCredentials, clock, limiter, log);
        meter?.Watch(limiter);
        return new RetryingExchange(new ThrottledExchange(measured(plain), limiter, BinanceWeights.Spot), settings.Retry, clock, log);
    }

    private static IExchange CreateBybit(ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log, ExchangeMeter? meter, Func<IExchange, IExchange> measured)
    {
        var limiter = new WeightLimiter(BybitLimits.RequestsPerWindow, settings.BybitWeightShare, BybitLimits.Window, clock, log: log);
        var plain = new BybitExchange(http, settings.Bybit, settings.BybitCredentials, clock, limiter, log);
        meter?.Watch(limiter);
        return new RetryingExchange(new ThrottledExchange(measured(plain), limiter, BybitLimits.Spot), settings.Retry, clock, log);
    }

    private static IExchange CreateCoinbase(ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log, ExchangeMeter? meter, Func<IExchange, IExchange> measured)
    {
        var limiter = new WeightLimiter(CoinbaseLimits.RequestsPerWindow, settings.CoinbaseWeightShare, CoinbaseLimits.Window, clock, log: log);
        var plain = new CoinbaseExchange(http, settings.Coinbase, settings.CoinbaseCredentials, clock, limiter, log);
        meter?.Watch(limiter);
        return new RetryingExchange(new ThrottledExchange(measured(plain), limiter, CoinbaseLimits.Spot), settings.Retry, clock, log);
    }

    // Kraken counts public calls per IP and private calls per key apart: the throttle charges each unified call to the
    // private budget, the adapter each public request it sends to the public one.
    private static IExchange CreateKraken(ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log, ExchangeMeter? meter, Func<IExchange, IExchange> measured)
    {
        var publicLimiter = new WeightLimiter(KrakenLimits.PublicPerWindow, settings.KrakenWeightShare, KrakenLimits.PublicWindow, clock, log: log);
        var privateLimiter = WeightLimiter.Decaying(KrakenLimits.PrivateCounterMax, settings.KrakenWeightShare, KrakenLimits.PrivateDecayPerSecond, clock);
        var plain = new KrakenExchange(http, settings.Kraken, settings.KrakenCredentials, clock, publicLimiter, privateLimiter, log);
        meter?.Watch(privateLimiter);
        return new RetryingExchange(new ThrottledExchange(measured(plain), privateLimiter, KrakenLimits.Spot), settings.Retry, clock, log);
    }

    /// <summary>
    /// The shared budget's name for the account: a fingerprint of the API key (never the key), or <c>binance:public</c>
    /// for market data without keys (Binance then counts per IP, which processes behind one NAT share alike).
    /// </summary>
    internal static string AccountBucket(ExchangeSettings settings) => settings.BinanceCredentials is { } credentials
        ? $"binance:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(credentials.Key.Reveal())))[..16].ToLowerInvariant()}"
        : "binance:public";
}
