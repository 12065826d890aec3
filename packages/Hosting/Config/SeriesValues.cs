using Trader.Domain;
using Trader.Hosting.Config.Yaml;

namespace Trader.Hosting.Config;

/// <summary>
/// The messages for the three values that name a series (exchange, symbol, timeframe), wherever a person types them:
/// an instance YAML, the backfill YAML or a command-line option all refuse a value with the same words. The rules
/// themselves are <see cref="ExchangeIds.All"/>, <see cref="MarketSymbol"/> and <see cref="Timeframe.TryParse"/>.
/// </summary>
public static class SeriesValues
{
    /// <summary>Why <paramref name="id"/> is not an exchange, with the allowed ids and a near miss.</summary>
    public static string UnknownExchange(string id) =>
        $"unknown exchange '{id}'. Allowed: {string.Join(", ", ExchangeIds.All)}.{Suggest.Hint(id, ExchangeIds.All)}";

    /// <summary>Why <paramref name="symbol"/>, given for <paramref name="key"/>, is not a market symbol.</summary>
    public static string NotASymbol(string key, string symbol) => $"'{key}' must be {MarketSymbol.Expected}, got '{symbol}'";

    /// <summary>Why <paramref name="text"/>, given for <paramref name="key"/>, is not a timeframe, with the allowed ones and a near miss.</summary>
    public static string UnknownTimeframe(string key, string text) =>
        $"unknown timeframe '{text}' for '{key}'. Allowed: {Timeframe.AcceptedValues}.{Suggest.Hint(text, Timeframe.All.Select(t => t.ToString()))}";

    /// <summary>A command-line exchange id.</summary>
    /// <exception cref="ConfigException">Not an exchange id; the message is the YAML loaders' one after the option's name.</exception>
    public static string ParseExchange(string id, string option) =>
        ExchangeIds.All.Contains(id) ? id : throw new ConfigException($"{option}: {UnknownExchange(id)}");

    /// <summary>A command-line market symbol.</summary>
    /// <exception cref="ConfigException">Not BASE/QUOTE; the message is the YAML loaders' one, naming the option.</exception>
    public static string ParseSymbol(string symbol, string option) =>
        MarketSymbol.IsValid(symbol) ? symbol : throw new ConfigException(NotASymbol(option, symbol));

    /// <summary>A command-line timeframe.</summary>
    /// <exception cref="ConfigException">Not a timeframe; the message is the YAML loaders' one, naming the option.</exception>
    public static Timeframe ParseTimeframe(string text, string option) =>
        Timeframe.TryParse(text, out var timeframe) ? timeframe : throw new ConfigException(UnknownTimeframe(option, text));
}
