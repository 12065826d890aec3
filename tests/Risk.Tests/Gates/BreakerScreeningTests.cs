using Serilog.Core;
using Trader.Risk.Gates;

namespace Trader.Risk.Tests.Gates;

/// <summary>
/// The breakers screen each candle's equity with its double mark and price the book exactly only near a trip or a new
/// peak: they must decide exactly as if every observation were exact, and price few of them.
/// </summary>
public sealed class BreakerScreeningTests
{
    private const long MinuteMs = 60_000L;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Observe_MarkedBooks_DecideAsExactFiguresDo(int seed)
    {
        var random = new Random(seed);
        var screened = (Drawdown: new DrawdownBreaker(0.04m, Logger.None), Daily: new DailyLossBreaker(0.02m, Logger.None));
        var exact = (Drawdown: new DrawdownBreaker(0.04m, Logger.None), Daily: new DailyLossBreaker(0.02m, Logger.None));
        var book = new CountingBook(10_000m, 0m);
        double close = 40_000;
        long time = RiskBuilder.T0;
        int resets = 0, blocked = 0;
        for (int i = 0; i < 20_000; i++)
        {
            time += MinuteMs;
            close *= Math.Exp(0.002 * (random.NextDouble() - 0.5));
            if (i % 300 == 0) book = book.Holding == 0m ? Buy(book, close) : Sell(book, close);
            Observe(screened, new EquityObservation(time, close, book));
            Observe(exact, new EquityObservation(time, book.ExactAt(close)));
            if (i % 2_500 == 2_499)
            {
                resets++;
                Assert.Equal(exact.Drawdown.Reset(time), screened.Drawdown.Reset(time));
                Assert.Equal(exact.Daily.Reset(time), screened.Daily.Reset(time));
            }

            Assert.Equal(exact.Drawdown.BlockReason(time), screened.Drawdown.BlockReason(time));
            Assert.Equal(exact.Daily.BlockReason(time), screened.Daily.BlockReason(time));
            Assert.Equal(exact.Drawdown.PeakEquity, screened.Drawdown.PeakEquity);
            Assert.Equal(exact.Daily.DayStartEquity, screened.Daily.DayStartEquity);
            if (exact.Drawdown.IsTripped || exact.Daily.BlockReason(time) is not null) blocked++;
        }

        Assert.Equal(8, resets);
        Assert.InRange(blocked, 1, 20_000 - 1); // the walk trips the breakers, and they re-arm
        Assert.True(book.ExactReads < 20_000 / 10, $"{book.ExactReads} exact reads: the screen should spare most candles");
    }

    [Theory]
    [InlineData(9_500.0, true)]      // exactly 5 % down: trips
    [InlineData(9_500.0000001, false)]
    [InlineData(9_499.9999999, true)]
    public void Observe_MarkAtTheLimit_IsDecidedExactly(double close, bool trips)
    {
        var breaker = new DailyLossBreaker(0.05m, Logger.None);
        var book = new CountingBook(0m, 1m);
        breaker.Observe(new EquityObservation(RiskBuilder.T0 + MinuteMs, 10_000.0, book));
        breaker.Observe(new EquityObservation(RiskBuilder.T0 + 2 * MinuteMs, close, book));
        Assert.Equal(trips, breaker.BlockReason(RiskBuilder.T0 + 2 * MinuteMs) is not null);
    }

    private static void Observe((DrawdownBreaker Drawdown, DailyLossBreaker Daily) breakers, EquityObservation observation)
    {
        breakers.Drawdown.Observe(observation);
        breakers.Daily.Observe(observation);
    }

    private static CountingBook Buy(CountingBook book, double close)
    {
        decimal amount = decimal.Round(book.Cash * 0.9m / (decimal)close, 6);
        return book.With(book.Cash - amount * (decimal)close, amount);
    }

    private static CountingBook Sell(CountingBook book, double close) => book.With(book.Cash + book.Holding * (decimal)close, 0m);

    /// <summary>Cash and one holding, priced as the engine's book is; counts its exact readings over every copy.</summary>
    private sealed class CountingBook(decimal cash, decimal holding, CountingBook.Counter? counter = null) : IMarkableBook
    {
        private readonly Counter _counter = counter ?? new Counter();

        public decimal Cash { get; } = cash;

        public decimal Holding { get; } = holding;

        public int ExactReads => _counter.Reads;

        public CountingBook With(decimal cash, decimal holding) => new(cash, holding, _counter);

        public decimal ExactAt(double close) => Cash + Holding * (decimal)close;

        public decimal EquityAt(double close)
        {
            _counter.Reads++;
            return ExactAt(close);
        }

        public double MarkAt(double close) => (double)Cash + (double)Holding * close;

        public sealed class Counter
        {
            public int Reads;
        }
    }
}
