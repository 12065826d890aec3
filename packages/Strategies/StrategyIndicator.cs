using Trader.Indicators.Catalog;

namespace Trader.Strategies;

/// <summary>
/// An indicator a strategy decides on, as the strategy names it (<c>rsi14</c>, or a rules alias). The instance is
/// the strategy's own: after each <see cref="IStrategy.OnCandle"/> its <see cref="IIndicator.Value"/> is the value the
/// decision read, so a chart of it shows exactly what the strategy saw. Read it; never feed it.
/// </summary>
/// <param name="Label">Name in charts and legends.</param>
/// <param name="Indicator">The live instance; its <see cref="IIndicator.Definition"/> says which fields to draw and on which scale.</param>
public sealed record StrategyIndicator(string Label, IIndicator Indicator);
