namespace Trader.Indicators;

/// <summary>One row of Ichimoku Cloud, price units; null where undefined.</summary>
/// <param name="TenkanSen">Conversion line: (highest high + lowest low) / 2 over the tenkan window.</param>
/// <param name="KijunSen">Base line: the same over the kijun window.</param>
/// <param name="SenkouSpanA">Leading span A: (tenkan + kijun) / 2 of the candle <c>offset</c> rows earlier, plotted here.</param>
/// <param name="SenkouSpanB">Leading span B: midpoint of the senkou-B window ending <c>offset</c> rows earlier, plotted here.</param>
/// <param name="ChikouSpan">Lagging span: the close <c>offset</c> rows AHEAD of this row; batch only (null in the incremental form and on the last rows).</param>
public readonly record struct IchimokuResult(double? TenkanSen, double? KijunSen, double? SenkouSpanA, double? SenkouSpanB, double? ChikouSpan);
