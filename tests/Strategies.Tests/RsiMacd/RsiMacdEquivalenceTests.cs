using System.Globalization;
using Trader.Strategies;
using Trader.Strategies.RsiMacd;
using Trader.Hosting.Tests.Config;
using Trader.Domain;

namespace Trader.Strategies.Tests.RsiMacd;

/// <summary>A <c>rules</c> YAML that restates <c>rsi_macd</c> gives the same signal kinds as the built-in on every candle.</summary>
public sealed class RsiMacdEquivalenceTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Bars.BitcoinFiles()) data.Add(f);
        return data;
    }

    private static readonly RsiMacdParams[] ParamSets =
    [
        new(),
        new(14, 45, 55),
        new(7, 40, 60, 5, 13, 4),
        new(5, 60, 90, 3, 8, 3),
    ];

    private string Restatement(RsiMacdParams p) => string.Create(CultureInfo.InvariantCulture, $"""
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rules
          params:
            indicators:
              rsi: {"{"} kind: rsi, period: {p.RsiPeriod} {"}"}
              macd: {"{"} kind: macd, fast_period: {p.MacdFast}, slow_period: {p.MacdSlow}, signal_period: {p.MacdSignal} {"}"}
            entry: rsi < {p.Oversold} and macd crosses_above macd.signal
            exit: rsi > {p.Overbought} or macd crosses_below macd.signal
        risk:
          stake: {"{ fraction: 0.1 }"}
        """);

    [Theory]
    [MemberData(nameof(Files))]
    public void OnCandle_RulesRestatement_SameSignalsAsBuiltIn(string file)
    {
        var candles = Bars.LoadCsv(file);
        int entries = 0, exits = 0;
        foreach (var p in ParamSets)
        {
            var builtIn = Bars.Run(new RsiMacdStrategy(p), candles);
            var rules = Bars.Run(StrategyRegistry.Create(_files.Load(Restatement(p)).Strategy), candles);

            for (int i = 0; i < candles.Length; i++)
            {
                Assert.True(builtIn[i].Kind == rules[i].Kind,
                    $"{Path.GetFileName(file)} {p}: candle {i} built-in {builtIn[i]} but rules {rules[i]}");
            }
            entries += builtIn.Count(s => s.Kind == SignalKind.Enter);
            exits += builtIn.Count(s => s.Kind == SignalKind.Exit);
        }
        // The comparison means something only if both kinds occur.
        Assert.True(entries > 0 && exits > 0, $"{Path.GetFileName(file)}: {entries} entries, {exits} exits");
    }
}
