namespace Trader.Domain.Tests.Signals;

public sealed class SignalTests
{
    private sealed class Calls
    {
        public int Count;
    }

    [Fact]
    public void Reason_OfValues_IsFormattedOnlyWhenReadAndOnce()
    {
        var calls = new Calls();
        var signal = Signal.Enter((calls, rsi: 28), static v =>
        {
            v.calls.Count++;
            return $"rsi {v.rsi} < 30";
        });

        Assert.Equal(SignalKind.Enter, signal.Kind);
        Assert.Equal(0, calls.Count);
        Assert.Equal("rsi 28 < 30", signal.Reason);
        Assert.Equal("rsi 28 < 30", signal.Reason);
        Assert.Equal(1, calls.Count);
    }

    [Fact]
    public void Equality_ComparesKindAndReasonText_HoweverTheReasonWasGiven()
    {
        var deferred = Signal.Exit((close: 101, middle: 100), static v => $"close {v.close} >= middle band {v.middle}");

        Assert.Equal(Signal.Exit("close 101 >= middle band 100"), deferred);
        Assert.Equal(Signal.Exit("close 101 >= middle band 100").GetHashCode(), deferred.GetHashCode());
        Assert.NotEqual(Signal.Enter("close 101 >= middle band 100"), deferred);
        Assert.NotEqual(Signal.Exit("close 101 >= middle band 99"), deferred);
        Assert.Equal(string.Empty, Signal.None.Reason);
        Assert.Equal(Signal.None, default);
    }
}
