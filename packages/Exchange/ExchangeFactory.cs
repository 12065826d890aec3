using Serilog;
using Trader.Domain;
using Trader.Exchange.Adapters.Binance;
using Trader.Exchange.Decorators;
using Trader.Simulator;

namespace Trader.Exchange;

/// <summary>Builds the exchange a config names (<c>exchange: binance</c> or <c>sim</c>), wrapped in the shared decorators.</summary>
public static class ExchangeFactory
{
    /// <summary>The <c>exchange:</c> value of the in-process simulator, whose candles come with it (nothing to download).</summary>
    public const string Simulator = "sim";

    /// <summary>The accepted <c>exchange:</c> values.</summary>
    public static IReadOnlyList<string> Names { get; } = ["binance", Simulator];

    /// <summary>
    /// <c>binance</c>: the REST adapter inside throttling (a share of the weight limit) inside retries.
    /// <c>sim</c>: the in-process simulator, which needs neither. Unknown names throw <see cref="ConfigException"/>.
    /// </summary>
    public static IExchange Create(string name, ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log) => name switch
    {
        "binance" => CreateBinance(settings, http, clock, log),
        Simulator => new SimulatedExchange(settings.Simulator.Build(clock)),
        _ => throw new ConfigException($"exchange '{name}' is not supported; use one of: {string.Join(", ", Names)}."),
    };

    private static IExchange CreateBinance(ExchangeSettings settings, HttpClient http, TimeProvider clock, ILogger log)
    {
        var limiter = new WeightLimiter(BinanceWeights.LimitPerMinute, settings.WeightShare, TimeSpan.FromMinutes(1), clock);
        var plain = new BinanceExchange(http, settings.Binance, settings.BinanceCredentials, clock, limiter, log);
        return new RetryingExchange(new ThrottledExchange(plain, limiter, BinanceWeights.Spot), settings.Retry, clock, log);
    }
}
