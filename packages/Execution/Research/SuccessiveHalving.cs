namespace Trader.Execution.Research;

/// <summary>
/// Successive halving (Jamieson and Talwalkar, 2016): run every candidate on a short prefix of the data, keep the best
/// 1/eta, run those on eta times more, and so on until the survivors run on all of it. Most of the budget goes to the
/// promising candidates; the ranking a grid would give is found with a fraction of its candle-runs.
/// </summary>
public static class SuccessiveHalving
{
    /// <summary>The rounds for <paramref name="candidates"/> candidates over <paramref name="candles"/> candles.</summary>
    /// <param name="candidates">Points to start with, at least 1.</param>
    /// <param name="candles">Candles in the full range, at least 1.</param>
    /// <param name="eta">Keep 1/eta per round and give eta times the candles; at least 2.</param>
    /// <param name="minCandles">The shortest prefix worth ranking on (a strategy must warm up and trade).</param>
    /// <returns>Rounds in order; the last runs on every candle. Each round's <see cref="HalvingRound.Candidates"/> is how many run in it.</returns>
    public static IReadOnlyList<HalvingRound> Plan(int candidates, int candles, int eta, int minCandles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(candles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(eta, 2);
        var rounds = new List<HalvingRound>();
        int alive = candidates;
        // As many halvings as the candidates allow, but none on a prefix shorter than minCandles.
        int halvings = 0;
        for (long n = candidates; n >= eta; n /= eta) halvings++;
        while (halvings > 0 && candles / Math.Pow(eta, halvings) < minCandles) halvings--;
        for (int r = halvings; r >= 0; r--)
        {
            int prefix = r == 0 ? candles : (int)Math.Max(1, candles / Math.Pow(eta, r));
            rounds.Add(new HalvingRound(alive, prefix));
            alive = Math.Max(1, alive / eta);
        }
        return rounds;
    }
}
