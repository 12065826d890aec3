namespace Trader.Strategies;

/// <summary>
/// Crosses with the rules language's semantics (qtpylib / TradingView): <c>a</c> crosses above <c>b</c> when
/// <c>a &gt; b</c> now and <c>a &lt;= b</c> on the previous candle. Any undefined (NaN) operand gives false, so a cross
/// cannot fire during warm-up, and touching the level is not yet a cross.
/// </summary>
internal static class Crossing
{
    public static bool Above(double previousA, double previousB, double a, double b) => a > b && previousA <= previousB;

    public static bool Below(double previousA, double previousB, double a, double b) => a < b && previousA >= previousB;
}
