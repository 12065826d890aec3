using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// Everything needed to build a simulated venue; shared by the in-process <c>exchange: sim</c> and apps/ExchangeSim.
/// With <see cref="DataFile"/> the single symbol replays that CSV: history up to its last candle exists and the clock
/// starts at its close (or at <see cref="ReplayFromMs"/>). Otherwise each symbol gets a seeded random walk with
/// <see cref="History"/> of candles before the start, and new candles form as the clock runs.
/// </summary>
/// <param name="Symbols">Unified symbols (<c>BTC/USDT</c>).</param>
/// <param name="DataFile">CSV to replay, or null for random walks.</param>
/// <param name="RandomWalkSeed">Seed of the first symbol's walk; the next symbols use seed + 1, + 2, ...</param>
/// <param name="Timeframe">Period of random-walk candles.</param>
/// <param name="History">Random-walk candles that exist before the start.</param>
/// <param name="ReplayFromMs">Simulated start, Unix ms UTC; null = the CSV's end or now.</param>
/// <param name="Speed">Simulated ms per real ms.</param>
/// <param name="Settings">Balances, fee, slippage.</param>
public sealed record SimulatorSetup(
    IReadOnlyList<string> Symbols, string? DataFile, int RandomWalkSeed, Timeframe Timeframe, TimeSpan History,
    long? ReplayFromMs, double Speed, SimulatorSettings Settings)
{
    /// <summary>A random-walk BTC/USDT venue with 10 000 USDT, 30 days of 1m history, real-time clock.</summary>
    public static SimulatorSetup Default { get; } = new(
        ["BTC/USDT"], null, 1, Timeframe.M1, TimeSpan.FromDays(30), null, 1.0,
        new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 10_000m }));

    /// <summary>Builds the venue on a <see cref="SimClock"/> driven by <paramref name="real"/>.</summary>
    public Venue Build(TimeProvider real)
    {
        long nowMs = real.GetUtcNow().ToUnixTimeMilliseconds();
        var sources = new Dictionary<string, ICandleSource>(StringComparer.Ordinal);
        long startMs;
        if (DataFile is not null)
        {
            if (Symbols.Count != 1) throw new ArgumentException($"A CSV feeds one symbol; got {Symbols.Count}.", nameof(Symbols));
            var csv = CsvCandleSource.Load(DataFile);
            sources[Symbols[0]] = csv;
            startMs = ReplayFromMs ?? csv.EndMs;
        }
        else
        {
            startMs = ReplayFromMs ?? nowMs;
            long historyStart = startMs - (long)History.TotalMilliseconds;
            for (int i = 0; i < Symbols.Count; i++)
                sources[Symbols[i]] = new RandomWalkCandleSource(RandomWalkSeed + i, Timeframe, historyStart, StartPrice(Symbols[i]));
        }
        return new Venue(sources, Settings, new SimClock(real, startMs, Speed));
    }

    /// <summary>
    /// Builds the venue over stored series (one per symbol) instead of a CSV or random walks: the clock starts at the
    /// close of the newest stored candle, or at <see cref="ReplayFromMs"/>.
    /// </summary>
    public Venue Build(TimeProvider real, IReadOnlyDictionary<string, StoredCandleSource> stored)
    {
        long startMs = ReplayFromMs ?? stored.Values.Max(s => s.EndMs);
        return new Venue(stored.ToDictionary(p => p.Key, p => (ICandleSource)p.Value, StringComparer.Ordinal), Settings, new SimClock(real, startMs, Speed));
    }

    // Plausible price levels, so the derived filters look like the real markets'.
    private static double StartPrice(string symbol) => symbol.Split('/')[0] switch
    {
        "BTC" => 30000,
        "ETH" => 2000,
        "BNB" => 300,
        "SOL" => 50,
        _ => 100,
    };
}
