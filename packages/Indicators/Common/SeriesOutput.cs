namespace Trader.Indicators;

/// <summary>The checks every span (structure-of-arrays) batch form makes before writing into a caller's spans.</summary>
internal static class SeriesOutput
{
    /// <summary>A required output: it must hold one value per input.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than the input (named <paramref name="name"/>).</exception>
    public static void Require(Span<double> output, int inputLength, string name)
    {
        if (output.Length < inputLength)
            throw new ArgumentException($"The output '{name}' holds {output.Length} values but {inputLength} inputs were given.", name);
    }

    /// <summary>An optional output: empty means "not wanted" (nothing is written); otherwise it must hold one value per input.</summary>
    /// <returns>True when the output is wanted.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is neither empty nor long enough (named <paramref name="name"/>).</exception>
    public static bool Optional(Span<double> output, int inputLength, string name)
    {
        if (output.IsEmpty) return false;
        Require(output, inputLength, name);
        return true;
    }

    /// <summary>The check of the older overloads that write nullable values into a caller's buffer.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the input (named <c>destination</c>).</exception>
    public static void Require(Span<double?> destination, int inputLength)
    {
        if (destination.Length < inputLength)
            throw new ArgumentException($"The destination holds {destination.Length} results but {inputLength} values were given.", nameof(destination));
    }
}
