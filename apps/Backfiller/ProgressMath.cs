namespace Trader.Backfiller;

/// <summary>Rate and remaining time of a series, shared by both progress displays.</summary>
public static class ProgressMath
{
    /// <summary>Candles per second so far and the time left at that rate (as <c>h:mm:ss</c>, or <c>?</c> before any progress).</summary>
    public static (double Rate, string Eta) RateAndEta(long done, long expected, TimeSpan elapsed)
    {
        double rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        if (rate <= 0) return (0, "?");
        var left = TimeSpan.FromSeconds(Math.Max(0, expected - done) / rate);
        return (rate, left.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture));
    }
}
