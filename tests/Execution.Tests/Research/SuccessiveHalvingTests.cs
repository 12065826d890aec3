using Trader.Execution.Research;

namespace Trader.Execution.Tests.Research;

public sealed class SuccessiveHalvingTests
{
    [Fact]
    public void Plan_27CandidatesEta3_FourRoundsEachTheSameCandleRunsAndTheLastOnEveryCandle()
    {
        var rounds = SuccessiveHalving.Plan(27, 27_000, eta: 3, minCandles: 100);

        Assert.Equal([new(27, 1_000), new(9, 3_000), new(3, 9_000), new(1, 27_000)], rounds);
        // 108,000 candle-runs where the grid would spend 729,000.
        Assert.Equal(108_000, rounds.Sum(r => (long)r.Candidates * r.Candles));
    }

    [Fact]
    public void Plan_ShortData_DropsTheRoundsWhosePrefixIsTooShort()
    {
        var rounds = SuccessiveHalving.Plan(27, 27_000, eta: 3, minCandles: 2_000);

        Assert.Equal([new(27, 3_000), new(9, 9_000), new(3, 27_000)], rounds);
    }

    [Fact]
    public void Plan_FewerCandidatesThanEta_IsOneFullRound()
    {
        Assert.Equal([new HalvingRound(2, 500)], SuccessiveHalving.Plan(2, 500, eta: 3, minCandles: 10));
    }
}
