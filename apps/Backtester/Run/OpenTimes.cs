using System.Collections;
using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>The open times of candles as a read-only view, for the gap check: no second array of a million times.</summary>
internal sealed class OpenTimes(IReadOnlyList<Candle> candles) : IReadOnlyList<long>
{
    public long this[int index] => candles[index].OpenTimeMs;

    public int Count => candles.Count;

    public IEnumerator<long> GetEnumerator()
    {
        for (int i = 0; i < candles.Count; i++) yield return candles[i].OpenTimeMs;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
