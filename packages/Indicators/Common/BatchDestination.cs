namespace Trader.Indicators;

/// <summary>The check every batch overload that writes into a caller's buffer makes before writing.</summary>
internal static class BatchDestination
{
    /// <exception cref="ArgumentException">
    /// <paramref name="destination"/> is shorter than the <paramref name="inputLength"/> values given (named <c>destination</c>).
    /// </exception>
    public static void RequireRoomFor<T>(Span<T> destination, int inputLength)
    {
        if (destination.Length < inputLength)
            throw new ArgumentException($"The destination holds {destination.Length} results but {inputLength} values were given.", nameof(destination));
    }
}
