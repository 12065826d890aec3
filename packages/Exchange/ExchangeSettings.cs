using System.Globalization;
using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Adapters.Bybit;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Exchange.Adapters.Kraken;
using Trader.Exchange.Decorators;
using Trader.Simulator;

namespace Trader.Exchange;

/// <summary>
/// System-wide exchange settings (from the environment, never from YAML): endpoints, keys, budgets. Every venue reads the
/// same variables named after its id (<see cref="VenueEnvironment"/>): <c>&lt;VENUE&gt;_BASE_URL</c>,
/// <c>&lt;VENUE&gt;_API_KEY</c>/<c>_API_SECRET</c>, <c>&lt;VENUE&gt;_WEIGHT_SHARE</c>.
/// </summary>
/// <param name="Binance">Base URL (BINANCE_BASE_URL), recvWindow, timeout.</param>
/// <param name="BinanceCredentials">BINANCE_API_KEY and BINANCE_API_SECRET, or null for market data only.</param>
/// <param name="WeightShare">Fraction of Binance's weight limit this process may use (BINANCE_WEIGHT_SHARE, default 0.5).</param>
/// <param name="Retry">Retry policy for transient errors.</param>
/// <param name="Simulator">What <c>exchange: sim</c> builds.</param>
public sealed record ExchangeSettings(BinanceOptions Binance, ExchangeCredentials? BinanceCredentials, double WeightShare, RetryOptions Retry, SimulatorSetup Simulator)
{
    /// <summary>The share of a venue's rate limit a process takes when its <c>&lt;VENUE&gt;_WEIGHT_SHARE</c> is not set.</summary>
    public const double DefaultWeightShare = 0.5;

    /// <summary>
    /// Weight per minute that every process sharing the database and the Binance account may use together
    /// (BINANCE_SHARED_WEIGHT_LIMIT), counted in the database; null (unset) when each process only keeps its own share.
    /// </summary>
    public int? SharedWeightLimit { get; init; }

    /// <summary>Bybit's base URL (BYBIT_BASE_URL), recv window and timeout.</summary>
    public BybitOptions Bybit { get; init; } = new(BybitOptions.DefaultBaseUrl);

    /// <summary>BYBIT_API_KEY and BYBIT_API_SECRET, or null for market data only.</summary>
    public ExchangeCredentials? BybitCredentials { get; init; }

    /// <summary>Fraction of Bybit's 600 requests per 5 s this process may use (BYBIT_WEIGHT_SHARE, default 0.5).</summary>
    public double BybitWeightShare { get; init; } = DefaultWeightShare;

    /// <summary>Coinbase's base URL (COINBASE_BASE_URL) and timeout.</summary>
    public CoinbaseOptions Coinbase { get; init; } = new(CoinbaseOptions.DefaultBaseUrl);

    /// <summary>
    /// COINBASE_API_KEY (the CDP key's name, organizations/.../apiKeys/...) and COINBASE_API_SECRET (its EC private key
    /// PEM; escaped <c>\n</c> line breaks are accepted), or null for market data only.
    /// </summary>
    public ExchangeCredentials? CoinbaseCredentials { get; init; }

    /// <summary>Fraction of Coinbase's 30 requests per second this process may use (COINBASE_WEIGHT_SHARE, default 0.5).</summary>
    public double CoinbaseWeightShare { get; init; } = DefaultWeightShare;

    /// <summary>Kraken's base URL (KRAKEN_BASE_URL) and timeout.</summary>
    public KrakenOptions Kraken { get; init; } = new(KrakenOptions.DefaultBaseUrl);

    /// <summary>KRAKEN_API_KEY and KRAKEN_API_SECRET (base64, as Kraken issues it), or null for market data only.</summary>
    public ExchangeCredentials? KrakenCredentials { get; init; }

    /// <summary>Fraction of Kraken's public and private call budgets this process may use (KRAKEN_WEIGHT_SHARE, default 0.5).</summary>
    public double KrakenWeightShare { get; init; } = DefaultWeightShare;

    /// <summary>
    /// Reads every venue's variables (see the type's summary) and BINANCE_SHARED_WEIGHT_LIMIT; throws
    /// <see cref="ConfigException"/> naming a bad one. <paramref name="defaultShare"/> applies to a venue whose
    /// <c>&lt;VENUE&gt;_WEIGHT_SHARE</c> is unset (the backfiller takes less than a trader).
    /// </summary>
    public static ExchangeSettings FromEnvironment(Func<string, string?> env, double defaultShare = DefaultWeightShare)
    {
        int? sharedLimit = null;
        if (env("BINANCE_SHARED_WEIGHT_LIMIT") is { Length: > 0 } limitText)
        {
            sharedLimit = int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) && limit is >= 1 and <= BinanceWeights.LimitPerMinute
                ? limit
                : throw new ConfigException(
                    $"BINANCE_SHARED_WEIGHT_LIMIT '{limitText}' must be a whole number from 1 to {BinanceWeights.LimitPerMinute} (Binance's weight per minute), " +
                    $"e.g. {BinanceWeights.LimitPerMinute * 8 / 10} to leave a fifth for manual use.");
        }
        const string binance = ExchangeIds.Binance, bybit = ExchangeIds.Bybit, coinbase = ExchangeIds.Coinbase, kraken = ExchangeIds.Kraken;
        return new ExchangeSettings(
            new BinanceOptions(VenueEnvironment.BaseUrl(binance, BinanceOptions.DefaultBaseUrl, env)),
            ExchangeCredentials.FromEnvironment(binance, env),
            VenueEnvironment.WeightShare(binance, defaultShare, env),
            new RetryOptions(),
            SimulatorSetup.Default)
        {
            SharedWeightLimit = sharedLimit,
            Bybit = new BybitOptions(VenueEnvironment.BaseUrl(bybit, BybitOptions.DefaultBaseUrl, env)),
            BybitCredentials = ExchangeCredentials.FromEnvironment(bybit, env),
            BybitWeightShare = VenueEnvironment.WeightShare(bybit, defaultShare, env),
            Coinbase = new CoinbaseOptions(VenueEnvironment.BaseUrl(coinbase, CoinbaseOptions.DefaultBaseUrl, env)),
            CoinbaseCredentials = ExchangeCredentials.FromEnvironment(coinbase, env),
            CoinbaseWeightShare = VenueEnvironment.WeightShare(coinbase, defaultShare, env),
            Kraken = new KrakenOptions(VenueEnvironment.BaseUrl(kraken, KrakenOptions.DefaultBaseUrl, env)),
            KrakenCredentials = ExchangeCredentials.FromEnvironment(kraken, env),
            KrakenWeightShare = VenueEnvironment.WeightShare(kraken, defaultShare, env),
        };
    }
}
