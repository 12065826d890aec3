using Serilog;
using Serilog.Core;
using Serilog.Events;
using Trader.Domain;
using Trader.Execution.Engine;
using Trader.Risk;
using Trader.Strategies;
using Trader.Strategies.MaCrossover;
using Trader.Trader.Run;

namespace Trader.App.Tests.Run;

/// <summary>The trader's per-candle line: what a person reads in the demo.</summary>
public sealed class DecisionLogTests
{
    private static readonly Market Busd = new("BTCBUSD", "BTC/BUSD", "BTC", "BUSD", 0.01m, 0.00001m, 0.00001m, 10m);
    private static readonly long T0 = new DateTimeOffset(2022, 12, 13, 3, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Fact]
    public void Write_SignalHeldOverCandles_GivesTheReasonOnceThenSince()
    {
        var (log, lines) = Capture();
        var decisions = new DecisionLog(log, Busd, []);
        var exit = Signal.Exit("fast < slow");
        decisions.Write(Candle(0, 17153.149), Step(exit, 9992.8246624542m));
        decisions.Write(Candle(1, 17150), Step(exit, 9992.8246624542m));
        decisions.Write(Candle(2, 17150), Step(Signal.None, 9992.8246624542m));
        decisions.Write(Candle(3, 17150), Step(exit, 9992.8246624542m));

        Assert.Equal(
        [
            "Candle 2022-12-13 03:30Z close 17153.15 -> exit: fast < slow | equity 9992.82 BUSD",
            "Candle 03:31Z close 17150 -> exit, since 03:30Z | equity 9992.82 BUSD",
            "Candle 03:32Z close 17150 -> no signal | equity 9992.82 BUSD",
            "Candle 03:33Z close 17150 -> exit: fast < slow | equity 9992.82 BUSD",
        ], lines);
    }

    [Fact]
    public void Write_BuiltInStrategy_ShowsTheIndicatorValuesItDecidedOn()
    {
        var (log, lines) = Capture();
        var strategy = new MaCrossoverStrategy(new MaCrossoverParams(MovingAverageKind.Sma, 2, 3));
        var decisions = new DecisionLog(log, Busd, strategy.Indicators);
        for (int i = 0; i < 3; i++)
        {
            var candle = Candle(i, 100 + i);
            var signal = strategy.OnCandle(candle);
            decisions.Write(candle, Step(signal, 1000m));
        }
        Assert.Equal("Candle 2022-12-13 03:30Z close 100 | sma2 - sma3 - -> no signal | equity 1000 BUSD", lines[0]);
        Assert.Equal("Candle 03:32Z close 102 | sma2 101.5 sma3 101 -> no signal | equity 1000 BUSD", lines[2]);
    }

    [Fact]
    public void Write_OrderPlaced_NamesItAndRepeatsTheReason()
    {
        var (log, lines) = Capture();
        var decisions = new DecisionLog(log, Busd, []);
        var enter = Signal.Enter("fast > slow");
        decisions.Write(Candle(0, 100), Step(enter, 1000m));
        decisions.Write(Candle(1, 100), Step(enter, 1000m) with { OrderId = "demo-b" });
        Assert.Equal("Candle 03:31Z close 100 -> enter: fast > slow | equity 1000 BUSD | order demo-b", lines[1]);
    }

    [Fact]
    public void Write_EntryRefusedOrResized_SaysSoOnTheCandlesLineWithRoundedMoney()
    {
        var (log, lines) = Capture();
        var decisions = new DecisionLog(log, Busd, []);
        var enter = Signal.Enter("fast > slow");
        decisions.Write(Candle(0, 100), Step(enter, 1000m) with { Entry = new(EntryVerdict.Rejected, 0m, "max open positions 1 reached (1 open)") });
        decisions.Write(Candle(1, 100), Step(enter, 1000m) with { Entry = new(EntryVerdict.Resized, 123.456789m, "max exposure 0.5"), OrderId = "demo-b" });

        Assert.Equal("Candle 2022-12-13 03:30Z close 100 -> enter: fast > slow; not entered: max open positions 1 reached (1 open) | equity 1000 BUSD", lines[0]);
        Assert.Equal("Candle 03:31Z close 100 -> enter: fast > slow; resized to 123.46 BUSD: max exposure 0.5 | equity 1000 BUSD | order demo-b", lines[1]);
    }

    private static Candle Candle(int minute, double close) => new(T0 + minute * 60_000L, close, close, close, close, 1);

    private static EngineStep Step(Signal signal, decimal equity) => new(0, signal, equity, null, null);

    private static (ILogger, List<string>) Capture()
    {
        var sink = new LineSink();
        return (new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger(), sink.Lines);
    }

    private sealed class LineSink : ILogEventSink
    {
        public List<string> Lines { get; } = [];

        public void Emit(LogEvent logEvent) => Lines.Add(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Replace("\"", ""));
    }
}
