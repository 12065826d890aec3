using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Kraken;

/// <summary>
/// Kraken's names for the simulator's markets, as Kraken words them: BTC is <c>XBT</c> (DOGE <c>XDG</c>); the assets
/// Kraken listed first carry an <c>X</c> (crypto) or <c>Z</c> (fiat) prefix in their ids (<c>XXBT</c>, <c>ZUSD</c>), and
/// a pair of two such assets is named by both ids (<c>XXBTZUSD</c>), any other by its altname (<c>XBTUSDT</c>, <c>SOLUSD</c>).
/// </summary>
public static class KrakenNames
{
    private static readonly HashSet<string> LegacyCrypto = new(StringComparer.Ordinal) { "XBT", "ETH", "LTC", "XRP", "XLM", "ETC", "XMR", "ZEC", "REP", "MLN", "XDG" };
    private static readonly HashSet<string> LegacyFiat = new(StringComparer.Ordinal) { "USD", "EUR", "GBP", "JPY", "CAD" };

    /// <summary>Kraken's short name of a unified code (BTC → XBT).</summary>
    public static string Short(string code) => code switch { "BTC" => "XBT", "DOGE" => "XDG", _ => code };

    /// <summary>Kraken's asset id of a unified code (BTC → XXBT, USD → ZUSD, USDT → USDT).</summary>
    public static string AssetId(string code)
    {
        string name = Short(code);
        return LegacyCrypto.Contains(name) ? "X" + name : LegacyFiat.Contains(name) ? "Z" + name : name;
    }

    /// <summary>The pair's altname (XBTUSD).</summary>
    public static string Altname(Market m) => Short(m.Base) + Short(m.Quote);

    /// <summary>The pair's wsname (XBT/USD).</summary>
    public static string WsName(Market m) => Short(m.Base) + "/" + Short(m.Quote);

    /// <summary>The pair's id, the key of every public answer (XXBTZUSD, XBTUSDT).</summary>
    public static string PairId(Market m) =>
        AssetId(m.Base) != Short(m.Base) && AssetId(m.Quote) != Short(m.Quote) ? AssetId(m.Base) + AssetId(m.Quote) : Altname(m);

    /// <summary>Kraken-shaped order txid of a simulator order id (OQCLML-BW3P3-BUCMWZ style), and back.</summary>
    public static string OrderTxid(string id) => Txid('O', id);

    /// <summary>Kraken-shaped trade txid of a simulator fill id.</summary>
    public static string TradeTxid(string id) => Txid('T', id);

    /// <summary>The simulator's order id in a txid from <see cref="OrderTxid"/>, or null for any other text.</summary>
    public static string? OrderId(string txid) =>
        txid.Split('-') is [var head, "SIMKR", "KRAKEN"] && head.Length > 1 && head[0] == 'O'
            && long.TryParse(head.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n)
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Txid(char kind, string id) =>
        $"{kind}{long.Parse(id, System.Globalization.CultureInfo.InvariantCulture):D5}-SIMKR-KRAKEN";
}
