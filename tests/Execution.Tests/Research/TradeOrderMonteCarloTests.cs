using Trader.Domain;
using Trader.Execution.Journal;
using Trader.Execution.Research;
using Trader.Risk.Trades;

namespace Trader.Execution.Tests.Research;

public sealed class TradeOrderMonteCarloTests
{
    // Trades that multiplied a 1,000 balance by 0.9, 0.9 and 1.5 in that order (P&L -100, -90, +405).
    private static readonly RoundTrip[] LossLossWin = [Trade(-100), Trade(-90), Trade(405)];

    [Fact]
    public void Run_ThreeTrades_OriginalIsTheRealPathAndShufflesFindBothOtherDepths()
    {
        var result = TradeOrderMonteCarlo.Run(1000m, LossLossWin, runs: 3000, seed: 7);

        // 0.9, 0.9 first: 1 -> 0.81, a 19 % fall. With the win between the losses the deepest fall is 10 %; a third of orders.
        Assert.Equal(0.19, result.Original, 12);
        Assert.Equal(0.10, result.P5, 12);
        Assert.Equal(0.19, result.Median, 12);
        Assert.Equal(0.19, result.Worst, 12);
        Assert.Equal(0.0, result.ShareWorse);
        Assert.Equal((3000, 3), (result.Runs, result.Trades));
    }

    [Fact]
    public void Run_SameSeed_RepeatsExactly_OtherSeedDrawsOtherOrders()
    {
        var trades = Enumerable.Range(0, 40).Select(i => Trade(i % 3 == 0 ? -30 : 25)).ToArray();

        var first = TradeOrderMonteCarlo.Run(1000m, trades, 500, seed: 1);

        Assert.Equal(first, TradeOrderMonteCarlo.Run(1000m, trades, 500, seed: 1));
        Assert.NotEqual(first, TradeOrderMonteCarlo.Run(1000m, trades, 500, seed: 2));
        Assert.True(first.P5 <= first.Median && first.Median <= first.P95 && first.P95 <= first.Worst);
    }

    [Fact]
    public void Run_OnlyWinners_NoOrderHasADrawdown()
    {
        var result = TradeOrderMonteCarlo.Run(1000m, [Trade(10), Trade(20), Trade(5)], 100, seed: 3);

        Assert.Equal((0.0, 0.0), (result.Original, result.Worst));
    }

    private static RoundTrip Trade(decimal pnl) =>
        new(OrderSide.Buy, 1m, 0, 1000m, 0m, "entry", 1, 1000m + pnl, 0m, "exit", ExitReason.Signal);
}
