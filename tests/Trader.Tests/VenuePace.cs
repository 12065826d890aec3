namespace Trader.Trader.Tests;

/// <summary>How long the live process tests wait for a trader, given the simulator's speed and the venue's budget.</summary>
internal static class VenuePace
{
    /// <summary>Start-up and catch-up on a loaded machine, plus twice the real time <paramref name="candles"/> 1m candles take at <paramref name="speed"/>.</summary>
    public static TimeSpan For(int candles, double speed) => TimeSpan.FromSeconds(180 + 2 * candles * 60 / speed);

    /// <summary>
    /// How long a stop may take: the step under way finishes the orders it began (StopGate), however long the venue's
    /// budget holds its calls. Seconds while the process is within its share of the budget; once it has spent its share
    /// of a window, up to the rest of that window: a minute on Binance (the kill test's twenty starts in about a minute
    /// come near its share) and on Kraken's private counter (a call per 3 s once its burst is spent).
    /// </summary>
    public static TimeSpan Stop(string exchange) => TimeSpan.FromSeconds(exchange is Domain.ExchangeIds.Kraken or Domain.ExchangeIds.Binance ? 90 : 10);
}
