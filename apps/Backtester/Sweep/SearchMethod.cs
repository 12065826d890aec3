using System.Globalization;
using Trader.Domain;
using Trader.Execution.Research;

namespace Trader.Backtester.Sweep;

/// <summary>
/// How a sweep explores its grid (<c>--search</c>): <c>grid</c> runs every point; <c>random:N</c> runs N points drawn
/// from it (seeded by <c>--seed</c>); <c>halving[:ETA]</c> runs every point on the first candles and keeps the best
/// 1/ETA for ETA times more candles until the survivors run on all of them (<see cref="SuccessiveHalving"/>).
/// </summary>
/// <param name="Kind">The method.</param>
/// <param name="Count">Points drawn by <c>random</c>.</param>
/// <param name="Eta">Reduction factor of <c>halving</c> (default 3).</param>
internal sealed record SearchMethod(SearchKind Kind, int Count, int Eta)
{
    /// <summary>Every point.</summary>
    public static SearchMethod Grid { get; } = new(SearchKind.Grid, 0, 0);

    /// <exception cref="ConfigException">Not grid, random:N (N at least 1) or halving[:ETA] (ETA at least 2).</exception>
    public static SearchMethod Parse(string text)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        int? Number() => parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
        return parts[0] switch
        {
            "grid" when parts.Length == 1 => Grid,
            "random" when Number() is int n and >= 1 => new SearchMethod(SearchKind.Random, n, 0),
            "halving" when parts.Length == 1 => new SearchMethod(SearchKind.Halving, 0, 3),
            "halving" when Number() is int eta and >= 2 => new SearchMethod(SearchKind.Halving, 0, eta),
            _ => throw new ConfigException($"--search '{text}': expected grid, random:N (N points drawn from the grid, e.g. random:50) or halving[:ETA] (successive halving, ETA 2 or more, default 3)."),
        };
    }

    /// <summary>The points to start with: the whole grid, or <see cref="Count"/> of them drawn with <paramref name="seed"/> (all when fewer).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> Candidates(IReadOnlyList<IReadOnlyDictionary<string, double>> grid, int seed)
    {
        if (Kind != SearchKind.Random || Count >= grid.Count) return grid;
        var shuffled = grid.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled[..Count];
    }

    /// <summary>The rounds to run <paramref name="candidates"/> points in: one full round, or the halving plan.</summary>
    public IReadOnlyList<HalvingRound> Rounds(int candidates, int candles, int minCandles) =>
        Kind == SearchKind.Halving ? SuccessiveHalving.Plan(candidates, candles, Eta, minCandles) : [new HalvingRound(candidates, candles)];

    public override string ToString() => Kind switch
    {
        SearchKind.Random => string.Create(CultureInfo.InvariantCulture, $"random:{Count}"),
        SearchKind.Halving => string.Create(CultureInfo.InvariantCulture, $"halving:{Eta}"),
        _ => "grid",
    };
}
