using Serilog;
using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// Values fees charged in a third asset (BNB on Binance, when the account pays fees with it) in the market's quote
/// currency, at the last price of <c>FEEASSET/QUOTE</c> when the fill is read, so the trade's fees and P&amp;L count
/// them. A fee asset without such a market stays as charged (the broker logs that it is not counted).
/// </summary>
public sealed class FeeConversion
{
    private readonly IExchange _exchange;
    private readonly ILogger _log;

    /// <param name="exchange">Where the markets and the fee asset's price are read.</param>
    /// <param name="log">Conversions are logged with the price used.</param>
    public FeeConversion(IExchange exchange, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(log);
        _exchange = exchange;
        _log = log.ForContext<FeeConversion>();
    }

    /// <summary><paramref name="trades"/> of <paramref name="symbol"/> with each third-asset fee replaced by its value in the quote asset.</summary>
    public async Task<IReadOnlyList<ExchangeTrade>> InQuoteAsync(string symbol, IReadOnlyList<ExchangeTrade> trades, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var markets = await _exchange.LoadMarketsAsync(ct);
        if (!markets.TryGetValue(symbol, out var market)) return trades;
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var converted = new List<ExchangeTrade>(trades.Count);
        foreach (var trade in trades)
        {
            if (trade.Fee == 0m || trade.FeeAsset == market.Base || trade.FeeAsset == market.Quote)
            {
                converted.Add(trade);
                continue;
            }
            string pair = $"{trade.FeeAsset}/{market.Quote}";
            if (!prices.TryGetValue(trade.FeeAsset, out decimal price))
            {
                if (!markets.ContainsKey(pair))
                {
                    converted.Add(trade);
                    continue;
                }
                price = (await _exchange.FetchTickerAsync(pair, ct)).Last;
                prices[trade.FeeAsset] = price;
            }
            decimal fee = trade.Fee * price;
            _log.Information("Fee {Fee} {FeeAsset} of trade {TradeId} counted as {QuoteFee} {Quote} at {Pair} {Price}",
                trade.Fee, trade.FeeAsset, trade.Id, fee, market.Quote, pair, price);
            converted.Add(trade with { Fee = fee, FeeAsset = market.Quote });
        }
        return converted;
    }
}
