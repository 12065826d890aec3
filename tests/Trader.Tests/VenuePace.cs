namespace Trader.Trader.Tests;

/// <summary>How long the live process tests wait for a trader, given the simulator's speed and the venue's budget.</summary>
internal static class VenuePace
{
    /// <summary>Start-up and catch-up on a loaded machine, plus twice the real time <paramref name="candles"/> 1m candles take at <paramref name="speed"/>.</summary>
    public static TimeSpan For(int candles, double speed) => TimeSpan.FromSeconds(180 + 2 * candles * 60 / speed);

    /// <summary>
    /// How long a stop may take: the step under way finishes the orders it began (StopGate); seconds on most venues, up
    /// to a minute on Kraken's private budget (a call per 3 s once its burst is spent).
    /// </summary>
    public static TimeSpan Stop(string exchange) => TimeSpan.FromSeconds(exchange == Domain.ExchangeIds.Kraken ? 90 : 10);
}
