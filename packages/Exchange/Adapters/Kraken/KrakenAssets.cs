namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Kraken's asset names and ours: Kraken calls bitcoin <c>XBT</c> and dogecoin <c>XDG</c>, and its oldest assets carry
/// an <c>X</c> (crypto) or <c>Z</c> (fiat) prefix in ids (<c>XXBT</c>, <c>ZUSD</c>); a pair's <c>wsname</c>
/// (<c>XBT/USD</c>) holds the short names. Unified codes are always the common ones (<c>BTC/USD</c>).
/// </summary>
public static class KrakenAssets
{
    /// <summary>The unified code of a short Kraken asset name (<c>XBT</c> → <c>BTC</c>, <c>XDG</c> → <c>DOGE</c>, others as they are).</summary>
    public static string Unified(string krakenName) => krakenName switch
    {
        "XBT" => "BTC",
        "XDG" => "DOGE",
        _ => krakenName,
    };

    /// <summary>The short Kraken name of a unified code (<c>BTC</c> → <c>XBT</c>).</summary>
    public static string Kraken(string unified) => unified switch
    {
        "BTC" => "XBT",
        "DOGE" => "XDG",
        _ => unified,
    };
}
