using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// The block step of the van Herk / Gil-Werman window extremes (<see cref="SlidingRange"/>) for span batch forms that
/// read their windows from the input: when the current block of N candles begins, the suffix extremes of the block
/// that just ended serve the next N windows (the window is that block's tail plus the current block's head, kept by
/// the caller as running prefix extremes). Amortized O(1) per candle and without data-dependent branches: on market
/// data "is this a new high?" is close to a coin flip, and mispredicting it cost more than the arithmetic.
/// </summary>
internal static class CandleRange
{
    /// <summary>Working memory a window of <paramref name="length"/> candles needs: two suffix arrays of N + 1.</summary>
    public static int ScratchLength(int length) => 2 * length + 2;

    /// <summary>Suffix arrays with no previous block yet: the neutral elements (the window is the head alone).</summary>
    public static void Reset(Span<double> suffixHigh, Span<double> suffixLow)
    {
        suffixHigh.Fill(double.NegativeInfinity);
        suffixLow.Fill(double.PositiveInfinity);
    }

    /// <summary>Suffix extremes of <paramref name="block"/> (its N candles): index j holds those of candles j..N-1.</summary>
    public static void Suffixes(ReadOnlySpan<Candle> block, Span<double> suffixHigh, Span<double> suffixLow)
    {
        double h = double.NegativeInfinity, l = double.PositiveInfinity;
        for (int j = block.Length - 1; j >= 0; j--)
        {
            h = Math.Max(h, block[j].High);
            l = Math.Min(l, block[j].Low);
            suffixHigh[j] = h;
            suffixLow[j] = l;
        }
    }
}
