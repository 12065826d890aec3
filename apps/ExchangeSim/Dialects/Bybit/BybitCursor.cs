using System.Globalization;

namespace Trader.ExchangeSim.Dialects.Bybit;

/// <summary>
/// Bybit's listings page with an opaque <c>cursor</c> a client only echoes back from <c>nextPageCursor</c>; the
/// simulator's cursor is the count of entries already served, and an empty <c>nextPageCursor</c> says there is no more.
/// </summary>
internal static class BybitCursor
{
    public static (IReadOnlyList<T> Page, string Next) Page<T>(IEnumerable<T> ordered, ApiParams p, int limit)
    {
        int skip = p.Optional("cursor") is { } cursor
            ? int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw BybitError.Params("params error: cursor is invalid")
            : 0;
        var all = ordered.ToList();
        var page = all.Skip(skip).Take(limit).ToList();
        string next = skip + limit < all.Count ? (skip + limit).ToString(CultureInfo.InvariantCulture) : "";
        return (page, next);
    }
}
