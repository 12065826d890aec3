using System.Text.RegularExpressions;

namespace Trader.Hosting.Config;

/// <summary>
/// The one rule for a market symbol anywhere a person types one (instance YAML, backfill YAML, backfiller
/// options): BASE/QUOTE in capitals and digits, so a series the backfiller stores is one the trader can trade,
/// and text like <c>btc;rm</c> never reaches a file name, a query or a log line.
/// </summary>
public static partial class MarketSymbol
{
    /// <summary>What a valid symbol looks like, for messages.</summary>
    public const string Expected = "BASE/QUOTE in capitals, e.g. BTC/USDT";

    /// <summary>True when <paramref name="symbol"/> is 2-20 capitals or digits, a slash, and 2-20 more.</summary>
    public static bool IsValid(string symbol) => Pattern().IsMatch(symbol);

    [GeneratedRegex("^[A-Z0-9]{2,20}/[A-Z0-9]{2,20}$")]
    private static partial Regex Pattern();
}
