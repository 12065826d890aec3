using System.Text.RegularExpressions;
using Trader.Hosting.Config.Yaml;
using Trader.Domain;
using Trader.Strategies;
using YamlDotNet.RepresentationModel;
using Trader.Execution;
using Trader.Execution.Brokers;
using Trader.Execution.Brokers.Live;
using Trader.Risk;

namespace Trader.Hosting.Config;

/// <summary>
/// Loads a strategy-instance YAML file into <see cref="InstanceConfig"/>. Every problem in the file (syntax, unknown
/// or missing keys, wrong types, out-of-range values, unknown exchange, timeframe, mode or strategy type) is
/// gathered and thrown together as one <see cref="ConfigException"/>, one <c>file:line:col: message</c> per line.
/// </summary>
public static partial class ConfigLoader
{
    private const string Name = "name", Exchange = "exchange", Symbol = "symbol", TimeframeKey = "timeframe",
        Mode = "mode", Strategy = "strategy", Risk = "risk", Paper = "paper", MarketKey = "market", LiveKey = "live", Type = "type", Params = "params",
        EntryKey = "entry", ExitKey = "exit";

    private static readonly IReadOnlyCollection<string> RootKeys = [.. SnakeCase.KeysOf(typeof(InstanceConfig))];
    private static readonly IReadOnlyCollection<string> StrategyKeys = [.. SnakeCase.KeysOf(typeof(StrategyConfig))];

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The file is missing, unreadable or invalid; the message lists every problem.</exception>
    public static InstanceConfig Load(string path)
    {
        return Parse(ConfigFile.ReadText(path, "config file"), path);
    }

    /// <summary>Validates YAML text as if read from <paramref name="path"/> (used in messages and for the default name).</summary>
    /// <exception cref="ConfigException">The text is invalid; the message lists every problem.</exception>
    public static InstanceConfig Parse(string yaml, string path)
    {
        var reader = new ConfigReader(path);
        var config = Read(reader, yaml, path);
        reader.ThrowIfAny("config");
        return config!;
    }

    private static InstanceConfig? Read(ConfigReader reader, string yaml, string path)
    {
        var root = reader.OpenRoot(yaml, RootKeys, "instance");
        if (root is null) return null;

        string name = Text(root, Name) ?? System.IO.Path.GetFileNameWithoutExtension(path);
        if (!NamePattern().IsMatch(name))
            reader.Error(root.PositionOf(Name), $"'name' must be 1-64 characters of a-z, A-Z, 0-9, '.', '_' or '-' (it names the log file), got '{name}'");

        string? exchange = Text(root, Exchange, required: "the exchange id, e.g. binance");
        if (exchange is not null && !ExchangeIds.All.Contains(exchange))
            reader.Error(root.PositionOf(Exchange), SeriesValues.UnknownExchange(exchange));

        string? symbol = Text(root, Symbol, required: "the market as BASE/QUOTE, e.g. BTC/USDT");
        if (symbol is not null && !MarketSymbol.IsValid(symbol))
            reader.Error(root.PositionOf(Symbol), SeriesValues.NotASymbol(Symbol, symbol));

        var timeframe = root.Get<Timeframe>(TimeframeKey, required: $"one of {Timeframe.AcceptedValues}");
        var mode = root.Get<TradingMode?>(Mode, required: null) ?? TradingMode.Paper;
        var strategy = ReadStrategy(root);
        var risk = Nested<RiskConfig>(root, Risk, required: "e.g. risk: { stake: { fraction: 0.10 }, stop_loss: 0.03 }");
        var paper = Nested<PaperConfig>(root, Paper, required: null) ?? new PaperConfig();
        var market = Nested<MarketConfig>(root, MarketKey, required: null);
        var live = Nested<LiveConfig>(root, LiveKey, required: null);
        var entry = Nested<OrderConfig>(root, EntryKey, required: null);
        var exit = Nested<OrderConfig>(root, ExitKey, required: null);
        root.CheckUnknownKeys();

        if (reader.Errors.Count > 0) return null;
        return new InstanceConfig(name, exchange!, symbol!, timeframe, mode, strategy!, risk!, paper, market, live, entry, exit);
    }

    private static StrategyConfig? ReadStrategy(YamlSection root)
    {
        var reader = root.Reader;
        var node = root.Value(Strategy);
        if (node is null)
        {
            root.Missing(Strategy, $"e.g. strategy: {{ type: rsi, params: {{ period: 14 }} }}; types: {StrategyRegistry.AcceptedTypes}");
            return null;
        }
        var section = reader.Section(node, Strategy, StrategyKeys);
        if (section is null) return null;
        section.CheckUnknownKeys();

        string? type = Text(section, Type, required: $"one of {StrategyRegistry.AcceptedTypes}");
        if (type is null) return null;
        if (!StrategyRegistry.TryFind(type, out var definition))
        {
            var types = StrategyRegistry.All.Select(d => d.Type);
            reader.Error(section.PositionOf(Type), $"unknown strategy type '{type}'. Allowed: {StrategyRegistry.AcceptedTypes}.{Suggest.Hint(type, types)}");
            return null;
        }

        // Absent or empty params mean "all defaults"; their missing required keys are reported at 'strategy'.
        var paramsNode = section.Value(Params);
        if (paramsNode is null || ConfigReader.IsNull(paramsNode)) paramsNode = new YamlMappingNode();
        var paramsSection = paramsNode is YamlMappingNode { Children.Count: 0 }
            ? new YamlSection(reader, (YamlMappingNode)paramsNode, section.PathOf(Params), [.. SnakeCase.KeysOf(definition.ParamsType)], section.Node.Start)
            : reader.Section(paramsNode, section.PathOf(Params), [.. SnakeCase.KeysOf(definition.ParamsType)]);
        if (paramsSection is null) return null;
        var bound = StrategyParamsBinder.Bind(definition, paramsSection);
        return bound is null ? null : new StrategyConfig(type, bound);
    }

    private static string? Text(YamlSection section, string key, string? required = null) => section.Get<string>(key, required);

    private static T? Nested<T>(YamlSection root, string key, string? required) where T : class
    {
        var node = root.Value(key);
        if (node is null)
        {
            if (required is not null) root.Missing(key, required);
            return null;
        }
        return (T?)RecordBinder.Bind(root.Reader, node, typeof(T), key);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();
}
