using System.Globalization;
using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Decorators;
using Trader.Simulator;

namespace Trader.Exchange;

/// <summary>System-wide exchange settings (from the environment, never from YAML): endpoints, keys, budgets.</summary>
/// <param name="Binance">Base URL (BINANCE_BASE_URL), recvWindow, timeout.</param>
/// <param name="BinanceCredentials">BINANCE_API_KEY and BINANCE_API_SECRET, or null for market data only.</param>
/// <param name="WeightShare">Fraction of the venue's weight limit this process may use (BINANCE_WEIGHT_SHARE, default 0.5).</param>
/// <param name="Retry">Retry policy for transient errors.</param>
/// <param name="Simulator">What <c>exchange: sim</c> builds.</param>
public sealed record ExchangeSettings(BinanceOptions Binance, ExchangeCredentials? BinanceCredentials, double WeightShare, RetryOptions Retry, SimulatorSetup Simulator)
{
    /// <summary>
    /// Weight per minute that every process sharing the database and the Binance account may use together
    /// (BINANCE_SHARED_WEIGHT_LIMIT), counted in the database; null (unset) when each process only keeps its own share.
    /// </summary>
    public int? SharedWeightLimit { get; init; }

    /// <summary>
    /// Reads BINANCE_BASE_URL, BINANCE_API_KEY, BINANCE_API_SECRET, BINANCE_WEIGHT_SHARE and BINANCE_SHARED_WEIGHT_LIMIT;
    /// throws <see cref="ConfigException"/> naming a bad one.
    /// </summary>
    public static ExchangeSettings FromEnvironment(Func<string, string?> env)
    {
        var url = env("BINANCE_BASE_URL");
        Uri baseUrl = BinanceOptions.DefaultBaseUrl;
        if (!string.IsNullOrWhiteSpace(url) && !Uri.TryCreate(url, UriKind.Absolute, out baseUrl!))
            throw new ConfigException($"BINANCE_BASE_URL '{url}' is not an absolute URL, e.g. https://testnet.binance.vision or http://127.0.0.1:9000.");
        var credentials = ExchangeCredentials.FromEnvironment(ExchangeIds.Binance, env);
        double share = 0.5;
        if (env("BINANCE_WEIGHT_SHARE") is { Length: > 0 } text
            && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out share) || share is <= 0 or > 1))
            throw new ConfigException($"BINANCE_WEIGHT_SHARE '{text}' must be a fraction in (0, 1], e.g. 0.25 when four processes share one IP.");
        int? sharedLimit = null;
        if (env("BINANCE_SHARED_WEIGHT_LIMIT") is { Length: > 0 } limitText)
        {
            sharedLimit = int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) && limit is >= 1 and <= BinanceWeights.LimitPerMinute
                ? limit
                : throw new ConfigException(
                    $"BINANCE_SHARED_WEIGHT_LIMIT '{limitText}' must be a whole number from 1 to {BinanceWeights.LimitPerMinute} (Binance's weight per minute), " +
                    $"e.g. {BinanceWeights.LimitPerMinute * 8 / 10} to leave a fifth for manual use.");
        }
        return new ExchangeSettings(new BinanceOptions(baseUrl), credentials, share, new RetryOptions(), SimulatorSetup.Default) { SharedWeightLimit = sharedLimit };
    }
}
