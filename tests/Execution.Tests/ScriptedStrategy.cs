using Trader.Strategies;
using Trader.Domain;

namespace Trader.Execution.Tests;

/// <summary>A strategy that gives a fixed signal at given candle indexes (0-based, counted as candles arrive).</summary>
public sealed class ScriptedStrategy(IReadOnlyDictionary<int, SignalKind> script) : IStrategy
{
    private int _index;

    public IReadOnlyList<StrategyIndicator> Indicators => [];

    public Signal OnCandle(in Candle candle)
    {
        var kind = script.TryGetValue(_index++, out var k) ? k : SignalKind.None;
        return kind switch
        {
            SignalKind.Enter => Signal.Enter("scripted entry"),
            SignalKind.Exit => Signal.Exit("scripted exit"),
            _ => Signal.None,
        };
    }

    public static ScriptedStrategy EnterAt(int enter, int? exit = null)
    {
        var script = new Dictionary<int, SignalKind> { [enter] = SignalKind.Enter };
        if (exit is { } x) script[x] = SignalKind.Exit;
        return new ScriptedStrategy(script);
    }
}
