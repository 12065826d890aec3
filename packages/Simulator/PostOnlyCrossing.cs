namespace Trader.Simulator;

/// <summary>What a venue does with a post-only order (<see cref="Domain.OrderType.LimitMaker"/>) whose price would trade at once.</summary>
public enum PostOnlyCrossing
{
    /// <summary>Refuses it: nothing is created (Binance's LIMIT_MAKER, Coinbase's post_only, Kraken's <c>oflags=post</c>).</summary>
    Refuse,

    /// <summary>Creates it and cancels it at once, nothing locked or filled (Bybit's <c>timeInForce=PostOnly</c>).</summary>
    Cancel,
}
