using Trader.Domain;

namespace Trader.Exchange.Adapters;

/// <summary>
/// An adapter's markets, loaded from the venue once, on first use (ccxt's <c>loadMarkets</c> cache): concurrent first
/// calls share one load, and a symbol the venue does not list is a <see cref="BadSymbolException"/> in the venue's words.
/// </summary>
/// <param name="load">The venue's market listing (one request, or a few).</param>
/// <param name="chargeLoad">
/// Takes the listing's weight from the adapter's rate-limit budget right before the listing is fetched; null when the
/// adapter charges its own requests. Only the fetch is charged: a cached answer sends nothing, so it costs nothing.
/// </param>
/// <param name="unknown">The message for a symbol the venue does not list, e.g. "Binance lists no market XRP/EUR; symbols look like BTC/USDT."</param>
internal sealed class MarketCache(
    Func<CancellationToken, Task<IReadOnlyDictionary<string, Market>>> load, Func<CancellationToken, Task>? chargeLoad, Func<string, string> unknown)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, Market>? _markets;

    /// <summary>Every market by unified symbol, loaded on the first call.</summary>
    public async Task<IReadOnlyDictionary<string, Market>> AllAsync(CancellationToken ct)
    {
        if (_markets is { } cached) return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (_markets is { } loaded) return loaded;
            if (chargeLoad is not null) await chargeLoad(ct);
            return _markets = await load(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One market by unified symbol (<c>BTC/USDT</c>).</summary>
    public async Task<Market> OfAsync(string symbol, CancellationToken ct)
    {
        var markets = await AllAsync(ct);
        return markets.TryGetValue(symbol, out var m) ? m : throw new BadSymbolException(unknown(symbol));
    }
}
