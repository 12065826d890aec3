using Trader.Backtester.Tests.Run;

namespace Trader.Backtester.Tests.Research;

/// <summary>The instance the research tests search over: an RSI rules strategy on the bundled day of 1m candles.</summary>
internal static class RsiMinuteRun
{
    public const string Yaml = """
        name: btc-rules-1m
        exchange: binance
        symbol: BTC/BUSD
        timeframe: 1m
        strategy:
          type: rules
          params:
            indicators:
              rsi: { kind: rsi, period: 14 }
            entry: rsi < 40
            exit: rsi > 60
        risk:
          stake: { fraction: 0.5 }
          stop_loss: 0.004
          take_profit: 0.006
        paper: { starting_balance: 10000, fee: 0.001, slippage: 0.0005 }
        """;

    public static readonly string Csv = BacktesterRun.Sample("binance_BTCBUSD_1m.csv");
}
