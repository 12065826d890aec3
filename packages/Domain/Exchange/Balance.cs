namespace Trader.Domain;

/// <summary>The account's holdings by asset code (<c>USDT</c>, <c>BTC</c>). Missing assets read as zero.</summary>
public sealed record Balance(long TimestampMs, IReadOnlyDictionary<string, BalanceEntry> Assets)
{
    /// <summary>The holdings of <paramref name="asset"/>, zero when the account has none.</summary>
    public BalanceEntry this[string asset] => Assets.TryGetValue(asset, out var e) ? e : default;
}
