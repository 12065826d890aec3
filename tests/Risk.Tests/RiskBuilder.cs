using Trader.Domain;
using Trader.Risk;
using Trader.Testing;

namespace Trader.Risk.Tests;

/// <summary>Times and requests for risk tests: 1h candles from 2024-01-01T00:00Z.</summary>
public static class RiskBuilder
{
    public static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public const long HourMs = 3_600_000L;

    /// <summary>Close time of the 1h candle with index <paramref name="i"/> (candle 0 closes at 01:00).</summary>
    public static long Close(int i) => T0 + (i + 1) * HourMs;

    public static RiskManager Manager(RiskConfig config, LogCollector? log = null) =>
        new(config, Timeframe.H1, (log ?? new LogCollector()).Logger);

    public static EntryRequest Request(long timeMs, decimal equity = 10_000m, decimal price = 100m, decimal? cash = null, int open = 0, decimal exposure = 0m) =>
        new(timeMs, price, equity, cash ?? equity - exposure, open, exposure);
}
