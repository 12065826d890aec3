namespace Trader.Indicators;

/// <summary>The output boundary: NaN inside the math becomes null in results.</summary>
internal static class Undefined
{
    public static double? ToNullable(this double value) => double.IsNaN(value) ? null : value;
}
