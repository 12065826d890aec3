namespace Trader.Hosting.Config.Yaml;

/// <summary>"Did you mean" hints for near misses, by edit distance.</summary>
internal static class Suggest
{
    /// <summary>The closest candidate within a small edit distance of <paramref name="given"/>, or null.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        // Allow roughly one typo per four characters, at least one: 'stop_los' -> 'stop_loss', not 'fee' -> 'kind'.
        int limit = Math.Max(1, given.Length / 4);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = Distance(given.ToLowerInvariant(), candidate);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or empty.</summary>
    public static string Hint(string given, IEnumerable<string> candidates) =>
        Closest(given, candidates) is { } match ? $" Did you mean '{match}'?" : string.Empty;

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
