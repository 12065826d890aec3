namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>Edge-case checks shared by indicators that map a close series to one value per bar.</summary>
public static class CloseSeriesChecks
{
    /// <summary>Empty input gives an empty result.</summary>
    public static void EmptyGivesEmpty(Func<double[], double?[]> indicator) => Assert.Empty(indicator([]));

    /// <summary>A series shorter than the warm-up gives one null per input.</summary>
    public static void ShortSeriesAllNull(Func<double[], double?[]> indicator, int length)
    {
        var result = indicator(Series.Closes(Series.Bitcoin().AsSpan(0, length)));
        Assert.Equal(length, result.Length);
        Assert.All(result, v => Assert.Null(v));
    }

    /// <summary>A constant series gives <paramref name="expected"/> once warm, never NaN or infinity.</summary>
    public static void ConstantGives(Func<double[], double?[]> indicator, double price, double expected)
    {
        var result = indicator(Enumerable.Repeat(price, 200).ToArray());
        var values = result.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.True(Tolerance.Within(v, expected), $"expected {expected}, got {v}"));
    }

    /// <summary>
    /// Multiplying every price by <paramref name="scale"/> multiplies the result by <paramref name="resultScale"/>
    /// (the price scale for averages, 1 for oscillators): huge prices neither overflow nor lose the shape.
    /// </summary>
    public static void ScalesWithPrices(Func<double[], double?[]> indicator, double scale, double resultScale)
    {
        var closes = Series.Closes(Series.Bitcoin());
        var plain = indicator(closes);
        var scaled = indicator(closes.Select(c => c * scale).ToArray());
        ColumnAssert.Equal(plain.Select(v => v * resultScale).ToArray(), scaled, $"scaled by {scale}");
        Assert.All(scaled, v => Assert.True(v is null || double.IsFinite(v.Value)));
    }

    /// <summary>
    /// The into-buffer overload writes exactly what the allocating form returns, leaves the rest of a longer buffer
    /// untouched, and refuses a buffer shorter than the input, naming <c>destination</c>.
    /// </summary>
    public static void BufferFormEqualsArrayForm(Func<double[], double?[]> allocating, Action<double[], double?[]> intoBuffer)
    {
        var closes = Series.Closes(Series.Bitcoin());
        var buffer = Enumerable.Repeat<double?>(-1, closes.Length + 1).ToArray();
        intoBuffer(closes, buffer);
        Assert.Equal(allocating(closes), buffer[..closes.Length]);
        Assert.Equal(-1, buffer[^1]);
        var error = Assert.Throws<ArgumentException>(() => intoBuffer(closes, new double?[closes.Length - 1]));
        Assert.Equal("destination", error.ParamName);
    }
}
