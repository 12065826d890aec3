using Trader.Database;
using Trader.Domain;

namespace Trader.Dashboard.Tests;

/// <summary>
/// Two instances written through the stores, as traders would leave them: btc (paper, running, a position open, trades
/// closed today and yesterday, equity snapshots, candles) and eth (live, stopped 3 h ago, one losing trade today, no
/// equity); and two backtest runs. The expected figures are the sums of the seeded values.
/// </summary>
internal static class FleetSeed
{
    public const string Btc = "btc-binance-1h";
    public const string Eth = "eth-binance-15m";

    // btc: closed yesterday +100.125, today +12.5 and -3.25; open 0.015 @ 43210.5.
    public const decimal BtcPnlToday = 9.25m;
    public const decimal BtcPnlTotal = 109.375m;
    public const decimal BtcOpenAmount = 0.015m;
    public const decimal BtcOpenPrice = 43210.5m;
    public const decimal BtcEquity = 10109.375m;
    public const decimal BtcCash = 9461.21750000m;
    public const decimal BtcPositionValue = 648.1575m;
    public const int BtcCandles = 48;

    // eth: one trade closed today, -7.75.
    public const decimal EthPnl = -7.75m;
    public const long EthHeartbeatAgeMs = 3 * 3_600_000;

    /// <summary>Orders of btc by status: 5 closed, 1 canceled, 1 open.</summary>
    public static readonly IReadOnlyDictionary<OrderStatus, int> BtcOrders = new Dictionary<OrderStatus, int>
    {
        [OrderStatus.Closed] = 5, [OrderStatus.Canceled] = 1, [OrderStatus.Open] = 1,
    };

    /// <summary>Orders of eth by status: 2 closed, 1 rejected.</summary>
    public static readonly IReadOnlyDictionary<OrderStatus, int> EthOrders = new Dictionary<OrderStatus, int>
    {
        [OrderStatus.Closed] = 2, [OrderStatus.Rejected] = 1,
    };

    public static async Task SeedAsync(TradingDatabase db, long nowMs)
    {
        var ct = CancellationToken.None;
        long hour = 3_600_000;
        long dayStart = InstanceSummary.DayStartMs(nowMs);
        // "Today" events sit between the day's start and now, even just after midnight.
        long today = Math.Max(dayStart, nowMs - 2 * hour) + 1;

        await db.Instances.RegisterAsync(new InstanceRegistration(Btc, "sha256:btc", TradingMode.Paper, "binance", "BTC/USDT", Timeframe.H1, "0.1.0", nowMs - 72 * hour), ct);
        await db.Instances.HeartbeatAsync(Btc, nowMs - 30_000, ct);
        await ClosedAsync(db, Btc, "BTC/USDT", dayStart - 5 * hour, 100.125m);
        await ClosedAsync(db, Btc, "BTC/USDT", today, 12.5m);
        await ClosedAsync(db, Btc, "BTC/USDT", today + 1_000, -3.25m);
        await db.Trades.OpenAsync(new Trade(0, Btc, "BTC/USDT", OrderSide.Buy, BtcOpenAmount, today + 2_000, BtcOpenPrice, "btc-entry-open"), ct);
        await OrdersAsync(db, Btc, "BTC/USDT", BtcOrders, today);
        await db.Equity.AddAsync(new EquitySnapshot(Btc, nowMs - 2 * hour, 10050m, 10050m, 0m), ct);
        await db.Equity.AddAsync(new EquitySnapshot(Btc, nowMs - hour, BtcEquity, BtcCash, BtcPositionValue), ct);
        var series = new SeriesKey("binance", "BTC/USDT", Timeframe.H1);
        long firstOpen = Timeframe.H1.FloorMs(nowMs) - (BtcCandles - 1) * hour;
        await db.Candles.UpsertAsync(series, Enumerable.Range(0, BtcCandles)
            .Select(i => new Candle(firstOpen + i * hour, 43000 + i, 43010 + i, 42990 + i, 43005 + i, 12.5)).ToList(), ct);

        await db.Instances.RegisterAsync(new InstanceRegistration(Eth, "sha256:eth", TradingMode.Live, "binance", "ETH/USDT", Timeframe.M15, "0.1.0", nowMs - 30 * hour), ct);
        await ClosedAsync(db, Eth, "ETH/USDT", today, EthPnl);
        await OrdersAsync(db, Eth, "ETH/USDT", EthOrders, today);
        await db.Instances.HeartbeatAsync(Eth, nowMs - EthHeartbeatAgeMs, ct);
        await db.Instances.MarkEndedAsync(Eth, nowMs - EthHeartbeatAgeMs, InstanceStatus.Stopped, ct);

        await db.BacktestRuns.AddAsync(Run(Btc, nowMs - 2 * hour, """{"total_return":0.125,"max_drawdown":0.05,"trades":14}"""), ct);
        await db.BacktestRuns.AddAsync(Run(Eth, nowMs - hour, """{"total_return":-0.02,"max_drawdown":0.11,"trades":9}"""), ct);
    }

    private static async Task ClosedAsync(TradingDatabase db, string instance, string symbol, long exitMs, decimal pnl)
    {
        var trade = await db.Trades.OpenAsync(new Trade(0, instance, symbol, OrderSide.Buy, 0.01m, exitMs - 3_600_000, 100m, null), CancellationToken.None);
        await db.Trades.CloseAsync(trade.Id, new TradeExit(exitMs, 101m, null, 0.2m, pnl, "signal"), CancellationToken.None);
    }

    private static async Task OrdersAsync(TradingDatabase db, string instance, string symbol, IReadOnlyDictionary<OrderStatus, int> counts, long timeMs)
    {
        int n = 0;
        foreach (var (status, count) in counts)
        {
            for (int i = 0; i < count; i++, n++)
            {
                await db.Orders.UpsertAsync(new Order($"{instance}-o{n}", instance, "binance", symbol, n % 2 == 0 ? OrderSide.Buy : OrderSide.Sell,
                    OrderType.Market, status, null, 0.01m, status == OrderStatus.Closed ? 0.01m : 0m, null, 0m, null, timeMs + n, timeMs + n), CancellationToken.None);
            }
        }
    }

    private static BacktestRun Run(string name, long createdMs, string metrics) =>
        new(0, name, "sha256:" + name, $"name: {name}\n", new SeriesKey("binance", "BTC/USDT", Timeframe.H1), createdMs - 86_400_000 * 30L, createdMs - 86_400_000, createdMs, metrics);
}
