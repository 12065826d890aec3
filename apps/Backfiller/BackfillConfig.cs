using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Hosting.Config.Yaml;
using Trader.Exchange;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Backfiller;

/// <summary>
/// Reads <c>config/backfill.yaml</c>: <c>exchange</c>, <c>symbols</c>, <c>timeframes</c>, <c>since</c>, optional
/// <c>until</c> and <c>every</c>. Every problem is gathered and thrown together as <c>file:line:col: message</c>
/// lines under one heading, like the instance config loader.
/// </summary>
public static class BackfillConfig
{
    /// <summary>The accepted top-level keys, in the order the messages list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["exchange", "symbols", "timeframes", "since", "until", "every"];

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">Unreadable or invalid; the message lists every problem with its line.</exception>
    public static BackfillPlan Load(string path)
    {
        return Parse(ConfigFile.ReadText(path, "backfill config"), path);
    }

    /// <summary>Validates YAML text as if read from <paramref name="path"/>.</summary>
    public static BackfillPlan Parse(string yaml, string path)
    {
        var errors = new List<ConfigError>();
        var plan = Read(yaml, path, errors);
        if (errors.Count == 0 && plan is not null) return plan;
        var sorted = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();
        string heading = $"{path}: {sorted.Length} problem{(sorted.Length == 1 ? "" : "s")} in the backfill config:";
        throw new ConfigException(string.Join(Environment.NewLine, sorted.Select(e => e.ToString()).Prepend(heading)));
    }

    private static BackfillPlan? Read(string yaml, string path, List<ConfigError> errors)
    {
        void Error(Mark at, string message) => errors.Add(new ConfigError(path, (int)at.Line, (int)at.Column, message));

        var stream = YamlSyntax.TryLoad(yaml, path, out var syntaxError);
        if (stream is null)
        {
            errors.Add(syntaxError!);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new Mark() : stream.Documents[0].RootNode.Start;
            Error(at, $"expected a mapping with keys {string.Join(", ", Keys)}");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in root.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
                Error(k.Start, $"unknown key '{name}'. Allowed: {string.Join(", ", Keys)}");
            else if (!values.TryAdd(name, v))
                Error(k.Start, $"duplicate key '{name}'");
        }

        string? Scalar(string key, bool required)
        {
            if (!values.TryGetValue(key, out var node))
            {
                if (required) Error(root.Start, $"missing key '{key}'");
                return null;
            }
            if (node is YamlScalarNode { Value: { Length: > 0 } v } && v != "~" && v != "null") return v;
            if (node is YamlScalarNode && !required) return null;
            Error(node.Start, $"'{key}' must be a single value");
            return null;
        }

        List<(string Text, Mark At)> List(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                Error(root.Start, $"missing key '{key}'");
                return [];
            }
            var items = node switch
            {
                YamlSequenceNode seq => seq.Children.Select(c => ((c as YamlScalarNode)?.Value ?? "", c.Start)).ToList(),
                YamlScalarNode { Value: { } v } => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (s, node.Start)).ToList(),
                _ => [],
            };
            if (items.Count == 0) Error(node.Start, $"'{key}' must list at least one value, e.g. [BTC/USDT, ETH/USDT] or [1h, 15m]");
            return items;
        }

        var exchange = Scalar("exchange", required: true);
        if (exchange is not null && !ExchangeIds.All.Contains(exchange))
            Error(values["exchange"].Start, $"'exchange' must be one of {string.Join(", ", ExchangeIds.All)}, got '{exchange}'");

        var symbols = new List<string>();
        foreach (var (s, at) in List("symbols"))
        {
            if (MarketSymbol.IsValid(s)) symbols.Add(s);
            else Error(at, $"'symbols' entry '{s}' is not a symbol: {MarketSymbol.Expected}");
        }
        var timeframes = new List<Timeframe>();
        foreach (var (t, at) in List("timeframes"))
        {
            if (Timeframe.TryParse(t, out var tf)) timeframes.Add(tf);
            else Error(at, $"'timeframes' entry '{t}' is not a timeframe; use one of {Timeframe.AcceptedValues}");
        }
        long? since = Time("since", required: true);
        long? until = Time("until", required: false);
        if (since is not null && until is not null && until <= since) Error(values["until"].Start, "'until' must be after 'since'");
        TimeSpan? every = null;
        if (Scalar("every", required: false) is { } everyText)
        {
            try { every = DurationText.Parse(everyText, "every"); }
            catch (ConfigException e) { Error(values["every"].Start, e.Message); }
        }
        if (errors.Count > 0) return null;
        return new BackfillPlan(BackfillPlan.Cross(exchange!, symbols, timeframes, since!.Value, until), every);

        long? Time(string key, bool required)
        {
            if (Scalar(key, required) is not { } text) return null;
            try { return TimeText.ParseInstantMs(text, key); }
            catch (ConfigException e)
            {
                Error(values[key].Start, e.Message);
                return null;
            }
        }
    }
}
