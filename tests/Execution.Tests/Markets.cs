using Trader.Domain;

namespace Trader.Execution.Tests;

/// <summary>BTC/USDT markets with chosen filters.</summary>
public static class Markets
{
    public static Market Of(decimal tick, decimal step, decimal minAmount = 0m, decimal minNotional = 0m) =>
        new("BTCUSDT", "BTC/USDT", "BTC", "USDT", tick, step, minAmount, minNotional);

    /// <summary>No rounding, no minimums.</summary>
    public static Market Unrestricted { get; } = Of(0m, 0m);

    /// <summary>Binance BTC/USDT spot: tick 0.01, step 0.00001, min 0.00001 BTC, min notional 5 USDT.</summary>
    public static Market BinanceBtcUsdt { get; } = Of(0.01m, 0.00001m, 0.00001m, 5m);
}
