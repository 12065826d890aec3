using Trader.Domain;
using Trader.Hosting.Config.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config;

/// <summary>
/// Loads the backfiller's YAML into <see cref="BackfillConfig"/> with the instance loader's machinery: the same YAML
/// reading, the same checks of exchange, symbol and timeframe (<see cref="SeriesValues"/>) and the same report, every
/// problem at once as <c>file:line:col: message</c> under one heading.
/// </summary>
public static class BackfillConfigLoader
{
    private const string Exchange = "exchange", Symbols = "symbols", Timeframes = "timeframes", Since = "since", Until = "until", Every = "every";

    /// <summary>The accepted top-level keys, in the order the messages list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Exchange, Symbols, Timeframes, Since, Until, Every];

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The file is missing, unreadable or invalid; the message lists every problem with its line.</exception>
    public static BackfillConfig Load(string path) => Parse(ConfigFile.ReadText(path, "backfill config"), path);

    /// <summary>Validates YAML text as if read from <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The text is invalid; the message lists every problem.</exception>
    public static BackfillConfig Parse(string yaml, string path)
    {
        var reader = new ConfigReader(path);
        var config = Read(reader, yaml);
        reader.ThrowIfAny("backfill config");
        return config!;
    }

    private static BackfillConfig? Read(ConfigReader reader, string yaml)
    {
        var root = reader.OpenRoot(yaml, Keys, "backfill");
        if (root is null) return null;

        string? exchange = root.Get<string>(Exchange, required: $"the exchange id, one of {string.Join(", ", ExchangeIds.All)}");
        if (exchange is not null && !ExchangeIds.All.Contains(exchange))
            reader.Error(root.PositionOf(Exchange), SeriesValues.UnknownExchange(exchange));

        var symbols = new List<string>();
        foreach (var (text, at) in Items(root, Symbols, "e.g. [BTC/USDT, ETH/USDT]"))
        {
            if (MarketSymbol.IsValid(text)) symbols.Add(text);
            else reader.Error(at, SeriesValues.NotASymbol(Symbols, text));
        }
        var timeframes = new List<Timeframe>();
        foreach (var (text, at) in Items(root, Timeframes, "e.g. [1h, 15m]"))
        {
            if (Timeframe.TryParse(text, out var timeframe)) timeframes.Add(timeframe);
            else reader.Error(at, SeriesValues.UnknownTimeframe(Timeframes, text));
        }

        long? since = Time(root, Since, required: "the first candle wanted, ISO 8601 UTC or Unix ms, e.g. 2024-01-01");
        long? until = Time(root, Until, required: null);
        if (since is not null && until <= since) reader.Error(root.PositionOf(Until), $"'{Until}' must be after '{Since}'");

        TimeSpan? every = null;
        if (Optional(root, Every) is { } everyText)
        {
            try { every = DurationText.Parse(everyText, Every); }
            catch (ConfigException e) { reader.Error(root.PositionOf(Every), e.Message); }
        }
        root.CheckUnknownKeys();

        if (reader.Errors.Count > 0) return null;
        return new BackfillConfig(exchange!, symbols, timeframes, since!.Value, until, every);
    }

    // An optional key written without a value (`until:` or `until: ~`) is the same as leaving it out.
    private static string? Optional(YamlSection root, string key) =>
        root.Value(key) is { } node && ConfigReader.IsNull(node) ? null : root.Get<string>(key, required: null);

    private static long? Time(YamlSection root, string key, string? required)
    {
        if ((required is null ? Optional(root, key) : root.Get<string>(key, required)) is not { } text) return null;
        var ms = TimeText.TryParseInstantMs(text);
        if (ms is null) root.Reader.Error(root.PositionOf(key), $"{key}: {TimeText.NotATime(text)}");
        return ms;
    }

    /// <summary>A list given as a YAML list (each item at its own line) or as one comma-separated value.</summary>
    private static List<(string Text, Mark At)> Items(YamlSection root, string key, string example)
    {
        var node = root.Value(key);
        if (node is null)
        {
            root.Missing(key, example);
            return [];
        }
        List<(string, Mark)> items = [];
        switch (node)
        {
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text }) items.Add((text, item.Start));
                    else root.Reader.Error(item, $"'{key}' entries must be single values, got {ConfigReader.Describe(item)}");
                }
                break;
            case YamlScalarNode scalar when !ConfigReader.IsNull(scalar):
                items.AddRange(scalar.Value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(text => (text, scalar.Start)));
                break;
            case YamlScalarNode:
                break;
            default:
                root.Reader.Error(node, $"'{key}' must be a list or one comma-separated value, {example}, got {ConfigReader.Describe(node)}");
                return [];
        }
        if (items.Count == 0 && node is not YamlSequenceNode { Children.Count: > 0 })
            root.Reader.Error(node, $"'{key}' must list at least one value, {example}");
        return items;
    }
}
