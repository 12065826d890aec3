using System.Globalization;
using Trader.Domain;

namespace Trader.ExchangeSim;

/// <summary>Parses the simulator's duration and time arguments (<c>30d</c>, <c>2s</c>, <c>500ms</c>); times are <see cref="TimeText"/>.</summary>
public static class Durations
{
    public static TimeSpan Parse(string text, string option)
    {
        var t = text.Trim();
        int split = 0;
        while (split < t.Length && char.IsAsciiDigit(t[split])) split++;
        if (split == 0 || !long.TryParse(t[..split], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw new ConfigException($"{option}: '{text}' is not a duration; use a number and a unit, e.g. 30d, 12h, 15m, 2s, 500ms.");
        return t[split..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "s" => TimeSpan.FromSeconds(n),
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => throw new ConfigException($"{option}: unit of '{text}' is not one of ms, s, m, h, d (e.g. 30d)."),
        };
    }
}
