using Trader.Domain;

namespace Trader.Simulator;

/// <summary>How the simulated venue charges and fills.</summary>
/// <param name="Balances">Starting free balance per asset (<c>USDT</c> → 10000).</param>
/// <param name="FeeRate">Fee per fill as a fraction of its value, 0.001 = 0.1 % (Binance's base rate).</param>
/// <param name="Slippage">Fraction by which a market order fills worse than the last price, 0.0005 = 0.05 %.</param>
/// <param name="Markets">Rules for some markets, by unified symbol; the others get Binance-like rules from the price of
/// their data's first candle (<see cref="SimMarkets.Create"/>).</param>
/// <param name="FeeAsset">An asset that pays the fees instead of the asset received, as Binance's "pay fees with BNB"
/// does (<c>BNB</c>): the fee's value in quote is converted at the last price of <c>FEEASSET/QUOTE</c> (a market the
/// venue must list) and taken from the free balance of that asset; when that balance is short, the fee is charged in the
/// asset received as without it. Null (the default) charges the asset received.</param>
/// <param name="FeesInQuote">Charge every fee in the quote asset (Coinbase's way: a buy costs its value plus the fee, and
/// a limit buy reserves both) instead of in the asset received (Binance's and Bybit's way).</param>
/// <param name="LimitFillShare">The most of a resting limit order's own amount that one candle trading through it fills,
/// 0.25 = a quarter of the order per candle (rounded down to the step, at least one step; a rest under the market's
/// minimum amount or notional fills with the part before it). Null (the default) fills a resting limit order whole.
/// Marketable orders, market orders and triggered stops always fill whole.</param>
public sealed record SimulatorSettings(
    IReadOnlyDictionary<string, decimal> Balances, decimal FeeRate = 0.001m, decimal Slippage = 0.0005m,
    IReadOnlyDictionary<string, Market>? Markets = null, string? FeeAsset = null, bool FeesInQuote = false, decimal? LimitFillShare = null);
