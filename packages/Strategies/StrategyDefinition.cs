namespace Trader.Strategies;

/// <summary>
/// One registered strategy type: its config name, its typed params record, its factory and its warm-up rule.
/// A strategy factory joins this entry when the strategy is built, without changing the loader.
/// </summary>
public sealed class StrategyDefinition
{
    internal StrategyDefinition(string type, string description, Type paramsType, Func<object, IIndicatorSource, IStrategy> create, Func<object, int> warmup)
    {
        Create = create;
        Type = type;
        Description = description;
        ParamsType = paramsType;
        Warmup = warmup;
    }

    /// <summary>Typed entry: <typeparamref name="TParams"/> is the params record, <paramref name="create"/> builds a fresh strategy, <paramref name="warmup"/> is its warm-up rule.</summary>
    internal static StrategyDefinition Of<TParams>(string type, string description, Func<TParams, IIndicatorSource, IStrategy> create, Func<TParams, int> warmup) =>
        new(type, description, typeof(TParams), (p, indicators) => create((TParams)p, indicators), p => warmup((TParams)p));

    /// <summary>Typed entry of a strategy that makes its indicators itself (it computes them in every run, shared or not).</summary>
    internal static StrategyDefinition Of<TParams>(string type, string description, Func<TParams, IStrategy> create, Func<TParams, int> warmup) =>
        Of<TParams>(type, description, (p, _) => create(p), warmup);

    /// <summary>Value of <c>strategy.type</c>, e.g. <c>rsi_macd</c>.</summary>
    public string Type { get; }

    /// <summary>One line of help text.</summary>
    public string Description { get; }

    /// <summary>The params record <c>strategy.params</c> binds to; its snake_case parameters are the allowed keys.</summary>
    public Type ParamsType { get; }

    /// <summary>Builds a fresh strategy from its params record, its indicators from the source (see <see cref="StrategyRegistry.Create(StrategyConfig, IIndicatorSource)"/>).</summary>
    internal Func<object, IIndicatorSource, IStrategy> Create { get; }

    /// <summary>Closed candles a fresh strategy with these params needs before its decisions are defined (see <see cref="StrategyRegistry.WarmupCandles"/>).</summary>
    internal Func<object, int> Warmup { get; }
}
