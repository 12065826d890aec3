using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// The span batch form of indicators without a loop of their own: one update of a fresh incremental kernel per
/// input and each catalog field's value into its span (fields in catalog order; an empty span is not written).
/// So the batch and incremental forms run the same formula. Allocates the kernel only: O(period) bytes per call,
/// independent of the series length.
/// </summary>
internal static class KernelSeries
{
    /// <summary>Runs <paramref name="kernel"/> over <paramref name="candles"/>.</summary>
    public static void Write(IIndicator kernel, ReadOnlySpan<Candle> candles,
        Span<double> field0, Span<double> field1 = default, Span<double> field2 = default, Span<double> field3 = default)
    {
        bool wants1 = !field1.IsEmpty, wants2 = !field2.IsEmpty, wants3 = !field3.IsEmpty;
        for (int i = 0; i < candles.Length; i++)
        {
            kernel.Add(candles[i]);
            field0[i] = kernel.Value(0);
            if (wants1) field1[i] = kernel.Value(1);
            if (wants2) field2[i] = kernel.Value(2);
            if (wants3) field3[i] = kernel.Value(3);
        }
    }

    /// <summary>Runs a close-only <paramref name="kernel"/> over <paramref name="values"/> (each one a candle's close).</summary>
    public static void Write(IIndicator kernel, ReadOnlySpan<double> values,
        Span<double> field0, Span<double> field1 = default, Span<double> field2 = default, Span<double> field3 = default)
    {
        bool wants1 = !field1.IsEmpty, wants2 = !field2.IsEmpty, wants3 = !field3.IsEmpty;
        for (int i = 0; i < values.Length; i++)
        {
            double value = values[i];
            kernel.Add(new Candle(0, value, value, value, value, 0));
            field0[i] = kernel.Value(0);
            if (wants1) field1[i] = kernel.Value(1);
            if (wants2) field2[i] = kernel.Value(2);
            if (wants3) field3[i] = kernel.Value(3);
        }
    }
}
