using Trader.Core.Config.Yaml;

namespace Trader.Core.Strategies;

/// <summary>
/// One registered strategy type: its config name, its typed params record and how the loader binds it.
/// A strategy factory joins this entry when the strategy is built, without changing the loader.
/// </summary>
public sealed class StrategyDefinition
{
    internal StrategyDefinition(string type, string description, Type paramsType, Func<YamlSection, object?>? bind = null)
    {
        Type = type;
        Description = description;
        ParamsType = paramsType;
        Bind = bind ?? (section => RecordBinder.Bind(section, paramsType));
    }

    /// <summary>Value of <c>strategy.type</c>, e.g. <c>rsi_macd</c>.</summary>
    public string Type { get; }

    /// <summary>One line of help text.</summary>
    public string Description { get; }

    /// <summary>The params record <c>strategy.params</c> binds to; its snake_case parameters are the allowed keys.</summary>
    public Type ParamsType { get; }

    /// <summary>Binds and validates <c>strategy.params</c>, reporting problems to the section's reader; null when any were found.</summary>
    internal Func<YamlSection, object?> Bind { get; }
}
