namespace Trader.Indicators.Tests;

public sealed class DoubleDoubleTests
{
    [Fact]
    public void Add_TermsPlainDoublesLose_KeepsThem()
    {
        // 1e16 + 1 rounds back to 1e16 in a double; the low part keeps the 1.
        var big = new DoubleDouble(1e16);
        Assert.Equal(1, (big + new DoubleDouble(1) - big).Hi);
        Assert.Equal(1.5, (DoubleDouble.Sum(big, new DoubleDouble(1), 0.5) - big).Hi);
        Assert.Equal(0.25, (DoubleDouble.Sum(big, 0.25) - big).Hi);
    }

    [Fact]
    public void Divide_ThenMultiply_RecoversTheDividendBeyondDoublePrecision()
    {
        var third = new DoubleDouble(1) / 3;
        Assert.NotEqual(0, third.Lo);
        var back = third * 3 - new DoubleDouble(1);
        Assert.True(Math.Abs(back.Hi) < 1e-30, $"1/3 * 3 - 1 = {back}");
    }

    [Fact]
    public void IsGreaterThan_TieOnHi_DecidedByLo()
    {
        var tiny = new DoubleDouble(1e-30);
        Assert.True((new DoubleDouble(2) + tiny).IsGreaterThan(2));
        Assert.False((new DoubleDouble(2) - tiny).IsGreaterThan(2));
        Assert.False(new DoubleDouble(2).IsGreaterThan(2));
        Assert.False(DoubleDouble.NaN.IsGreaterThan(2));
    }

    [Fact]
    public void Difference_NearlyEqualValues_KeepsTheLowPart()
    {
        var mean = new DoubleDouble(1e5) + new DoubleDouble(1e-20);
        Assert.Equal(-1e-20, DoubleDouble.Difference(1e5, mean));
    }
}
