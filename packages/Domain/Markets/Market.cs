using System.Globalization;

namespace Trader.Domain;

/// <summary>
/// One tradable pair and its trading rules. <see cref="Symbol"/> is unified (<c>BTC/USDT</c>), <see cref="Id"/> is the
/// venue's (<c>BTCUSDT</c>). Amounts are in <see cref="Base"/>, prices in <see cref="Quote"/> per unit of base.
/// </summary>
/// <param name="Id">Venue id, <c>BTCUSDT</c>.</param>
/// <param name="Symbol">Unified symbol, <c>BTC/USDT</c>.</param>
/// <param name="Base">Asset bought and sold, <c>BTC</c>.</param>
/// <param name="Quote">Asset prices are in, <c>USDT</c>.</param>
/// <param name="TickSize">Price increment, quote per base.</param>
/// <param name="StepSize">Amount increment, base asset.</param>
/// <param name="MinAmount">Smallest order amount, base asset.</param>
/// <param name="MinNotional">Smallest order value (amount × price), quote asset.</param>
public sealed record Market(string Id, string Symbol, string Base, string Quote, decimal TickSize, decimal StepSize, decimal MinAmount, decimal MinNotional)
{
    /// <summary>A spot market for the unified <paramref name="symbol"/> (<c>BTC/USDT</c>, venue id <c>BTCUSDT</c>) with these rules.</summary>
    /// <exception cref="ArgumentException">The symbol is not BASE/QUOTE.</exception>
    public static Market Spot(string symbol, decimal tickSize, decimal stepSize, decimal minAmount, decimal minNotional)
    {
        var (baseAsset, quote) = SplitSymbol(symbol);
        return new Market(baseAsset + quote, $"{baseAsset}/{quote}", baseAsset, quote, tickSize, stepSize, minAmount, minNotional);
    }

    /// <summary>Splits a unified symbol into base and quote (upper case), or throws <see cref="ArgumentException"/>.</summary>
    public static (string Base, string Quote) SplitSymbol(string symbol)
    {
        var parts = symbol.Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !parts.All(p => p.All(char.IsAsciiLetterOrDigit)))
            throw new ArgumentException($"'{symbol}' is not a unified symbol like BTC/USDT.", nameof(symbol));
        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
    }

    /// <summary>Decimal places of a price (from the tick size).</summary>
    public int PricePrecision => Decimals(TickSize);

    /// <summary>Decimal places of an amount (from the step size).</summary>
    public int AmountPrecision => Decimals(StepSize);

    /// <summary>Rounds a price down to the tick, as ccxt's default truncation does.</summary>
    public decimal RoundPrice(decimal price) => Floor(price, TickSize);

    /// <summary>Rounds an amount down to the step, so the order never exceeds what the caller could afford.</summary>
    public decimal RoundAmount(decimal amount) => Floor(amount, StepSize);

    /// <summary>
    /// Rounds an order to this market's step and tick and checks the minimums, throwing
    /// <see cref="InvalidOrderException"/> naming the broken limit. <paramref name="referencePrice"/> values
    /// a market order for the notional check.
    /// </summary>
    public (decimal Amount, decimal? Price) PrepareOrder(OrderType type, OrderSide side, decimal amount, decimal? price, decimal? referencePrice)
    {
        if (amount <= 0) throw new InvalidOrderException($"{side} {Symbol}: amount must be positive, got {Format(amount)}.");
        if (type != OrderType.Market && price is null) throw new InvalidOrderException($"{side} {Symbol}: a {(type == OrderType.StopLossLimit ? "stop-limit" : "limit")} order needs a price.");
        if (type == OrderType.Market && price is not null) throw new InvalidOrderException($"{side} {Symbol}: a market order takes no price; use a limit order to set one.");
        if (price is <= 0) throw new InvalidOrderException($"{side} {Symbol}: price must be positive, got {Format(price.Value)}.");

        decimal rounded = RoundAmount(amount);
        decimal? roundedPrice = price is null ? null : RoundPrice(price.Value);
        if (roundedPrice is 0) throw new InvalidOrderException($"{side} {Symbol}: price {Format(price!.Value)} is below the tick size {Format(TickSize)}.");
        if (rounded < MinAmount)
            throw new InvalidOrderException($"{side} {Symbol}: amount {Format(amount)} (rounded to step {Format(StepSize)}: {Format(rounded)}) is below the minimum amount {Format(MinAmount)} {Base}.");
        decimal? valuation = roundedPrice ?? referencePrice;
        if (valuation is { } p && rounded * p < MinNotional)
            throw new InvalidOrderException($"{side} {Symbol}: order value {Format(rounded * p)} {Quote} is below the minimum notional {Format(MinNotional)} {Quote}; raise the amount.");
        return (rounded, roundedPrice);
    }

    private static decimal Floor(decimal value, decimal increment) =>
        increment <= 0 ? value : Math.Floor(value / increment) * increment;

    private static int Decimals(decimal increment)
    {
        int places = 0;
        for (decimal v = increment; v != Math.Floor(v) && places < 28; v *= 10) places++;
        return places;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
