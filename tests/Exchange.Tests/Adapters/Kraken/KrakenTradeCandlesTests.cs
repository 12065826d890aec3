using Trader.Domain;
using Trader.Exchange.Adapters.Kraken;

namespace Trader.Exchange.Tests.Adapters.Kraken;

public sealed class KrakenTradeCandlesTests
{
    [Fact]
    public void Build_MinutesWithoutTrades_LeaveHolesAndTheOpenBucketIsLeftOut()
    {
        const long m = 60_000;
        var trades = new (long, double, double)[]
        {
            (0, 10, 1), (20_000, 12, 2), (50_000, 9, 1),   // minute 0: open 10, high 12, low 9, close 9
            (3 * m + 5_000, 11, 4),                      // minute 3 alone; minutes 1 and 2 had no trades
            (4 * m + 1_000, 13, 1),                      // minute 4 is still forming at 4m30s
        };

        var candles = KrakenTradeCandles.Build(trades, Timeframe.M1, knownUntilMs: 4 * m + 30_000);

        Assert.Equal([new Candle(0, 10, 12, 9, 9, 4), new Candle(3 * m, 11, 11, 11, 11, 4)], candles);
    }
}
