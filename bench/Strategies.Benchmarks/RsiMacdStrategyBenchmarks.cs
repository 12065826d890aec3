using BenchmarkDotNet.Attributes;
using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.RsiMacd;

namespace Trader.Strategies.Benchmarks;

/// <summary>
/// One million closed candles stepped through <c>rsi_macd</c> (defaults), no broker, no DB. The strategy is built in
/// the measured method, so warm-up is included; Mean is per candle (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class RsiMacdStrategyBenchmarks
{
    internal const int Candles = 1_000_000;
    private Candle[] _candles = [];

    [GlobalSetup]
    public void Setup() => _candles = RandomWalk.Generate(42, Timeframe.M1, 0, Candles, 30_000, 0.003);

    [Benchmark(OperationsPerInvoke = Candles)]
    public int Step()
    {
        var strategy = new RsiMacdStrategy(new RsiMacdParams());
        int fired = 0;
        foreach (ref readonly var candle in _candles.AsSpan())
        {
            if (strategy.OnCandle(candle).Kind != SignalKind.None) fired++;
        }
        return fired;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public int StepThroughRegistry()
    {
        IStrategy strategy = StrategyRegistry.Create(new StrategyConfig("rsi_macd", new RsiMacdParams()));
        int fired = 0;
        foreach (ref readonly var candle in _candles.AsSpan())
        {
            if (strategy.OnCandle(candle).Kind != SignalKind.None) fired++;
        }
        return fired;
    }
}
