namespace Trader.Strategies;

/// <summary>The strategy an instance runs.</summary>
/// <param name="Type">Registered strategy type, e.g. <c>rsi_macd</c> or <c>rules</c>.</param>
/// <param name="Params">The typed, validated parameter record the registry binds for <paramref name="Type"/>.</param>
public sealed record StrategyConfig(string Type, object Params);
