namespace Trader.Domain;

/// <summary>
/// One OHLCV bar. Market data is <see cref="double"/>; money is converted to <see cref="decimal"/> at the broker.
/// </summary>
/// <param name="OpenTimeMs">Open time of the bar, Unix milliseconds UTC. Identifies the bar within its series.</param>
/// <param name="Open">First traded price.</param>
/// <param name="High">Highest traded price.</param>
/// <param name="Low">Lowest traded price.</param>
/// <param name="Close">Last traded price.</param>
/// <param name="Volume">Traded quantity in the base asset.</param>
public readonly record struct Candle(long OpenTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Open time as a UTC <see cref="DateTimeOffset"/>.</summary>
    public DateTimeOffset OpenTime => DateTimeOffset.FromUnixTimeMilliseconds(OpenTimeMs);
}
