using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.BollingerReversion;
using Trader.Strategies.MaCrossover;
using Trader.Strategies.Macd;
using Trader.Strategies.Rsi;
using Trader.Strategies.TrendFollowing;
using Trader.Hosting.Tests.Config;

namespace Trader.Strategies.Tests;

/// <summary>
/// The documented rules of the stateless built-ins, written as <c>rules</c> YAML, give the same signal kind on every
/// candle of the BTC data: docs/strategies.md states each built-in exactly. (<c>rsi_macd</c> has its own test;
/// <c>scalping</c> keeps position state that rules cannot express.)
/// </summary>
public sealed class RulesRestatementTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Bars.BitcoinFiles())
        {
            foreach (var type in new[] { "rsi", "macd", "ma_crossover_sma", "ma_crossover_ema", "bollinger_reversion", "trend_following" })
                data.Add(type, file);
        }
        return data;
    }

    private static (StrategyConfig BuiltIn, string Indicators, string Entry, string Exit) Restate(string type) => type switch
    {
        "rsi" => (new("rsi", new RsiParams(5, 30, 70)),
            "rsi: { kind: rsi, period: 5 }", "rsi crosses_above 30", "rsi crosses_below 70"),
        "macd" => (new("macd", new MacdParams(6, 13, 5)),
            "macd: { kind: macd, fast_period: 6, slow_period: 13, signal_period: 5 }",
            "macd crosses_above macd.signal", "macd crosses_below macd.signal"),
        "ma_crossover_sma" => (new("ma_crossover", new MaCrossoverParams(MovingAverageKind.Sma, 5, 12)),
            "fast: { kind: sma, period: 5 }\n      slow: { kind: sma, period: 12 }", "fast crosses_above slow", "fast crosses_below slow"),
        "ma_crossover_ema" => (new("ma_crossover", new MaCrossoverParams(MovingAverageKind.Ema, 5, 12)),
            "fast: { kind: ema, period: 5 }\n      slow: { kind: ema, period: 12 }", "fast crosses_above slow", "fast crosses_below slow"),
        "bollinger_reversion" => (new("bollinger_reversion", new BollingerReversionParams(10, 1.5)),
            "bb: { kind: bb, period: 10, std_dev: 1.5 }", "close < bb.lower", "close >= bb.middle"),
        // The Supertrend's upper band exists only while bearish, its lower band only while bullish.
        "trend_following" => (new("trend_following", new TrendFollowingParams(20, 7, 2, 7, 20)),
            "ema: { kind: ema, period: 20 }\n      st: { kind: supertrend, period: 7, multiplier: 2 }\n      adx: { kind: adx, period: 7 }",
            "close > ema and st.lower > 0 and adx > 20", "st.upper > 0"),
        _ => throw new ArgumentException(type, nameof(type)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OnCandle_RulesRestatement_SameSignalsAsBuiltIn(string type, string file)
    {
        var (builtIn, indicators, entry, exit) = Restate(type);
        var config = _files.Load($"""
            exchange: binance
            symbol: BTC/USDT
            timeframe: 1h
            strategy:
              type: rules
              params:
                indicators:
                  {indicators}
                entry: {entry}
                exit: {exit}
            risk:
              stake: {"{ fraction: 0.1 }"}
            """);
        var candles = Bars.LoadCsv(file);

        var expected = Bars.Run(StrategyRegistry.Create(builtIn), candles);
        var actual = Bars.Run(StrategyRegistry.Create(config.Strategy), candles);

        for (int i = 0; i < candles.Length; i++)
            Assert.True(expected[i].Kind == actual[i].Kind, $"{type} {Path.GetFileName(file)}: candle {i} built-in {expected[i]} but rules {actual[i]}");
        Assert.Contains(expected, s => s.Kind == SignalKind.Enter);
        Assert.Contains(expected, s => s.Kind == SignalKind.Exit);
        Assert.Equal(StrategyRegistry.WarmupCandles(builtIn), StrategyRegistry.WarmupCandles(config.Strategy));
    }
}
