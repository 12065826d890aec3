using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Risk.Exits;
using Trader.Risk.Gates;
using Trader.Risk.Trades;
using static Trader.Risk.Tests.RiskBuilder;

namespace Trader.Risk.Tests;

/// <summary>Drives the rules together in the order the engine will: exits, equity, entry.</summary>
public sealed class RiskManagerLoopTests
{
    [Fact]
    public void Loop_TrailingExitThenCooldownThenResizedEntry_FollowsEveryRule()
    {
        var config = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.05m, TrailingStop: 0.03m, MaxExposure: 0.4m, CooldownCandles: 2);
        var risk = Manager(config);
        decimal cash = 10_000m;
        decimal qty = 0m;
        decimal cost = 0m;
        ExitLevels? levels = null;
        var log = new List<string>();

        // (open, high, low, close) per 1h candle; the strategy wants to enter on every candle.
        var bars = new (double O, double H, double L, double C)[]
        {
            (100, 100, 100, 100),  // 0: enter at the close, 100
            (100, 110, 99, 109),   // 1: no exit (trail 97 from entry), trail ratchets to 106.7
            (109, 109, 106, 107),  // 2: low 106 <= 106.7: trailing stop at 106.7; cooldown through candle 4
            (107, 108, 106, 107),  // 3: cooldown
            (107, 108, 106, 107),  // 4: cooldown
            (107, 108, 106, 107),  // 5: entry allowed again
        };
        for (int i = 0; i < bars.Length; i++)
        {
            var (o, h, l, c) = bars[i];
            var candle = new Candle(T0 + i * HourMs, o, h, l, c, 1);
            if (levels is not null)
            {
                var step = risk.StepExits(levels, candle);
                levels = step.Levels;
                if (step.Trigger is { } exit)
                {
                    decimal proceeds = qty * exit.Price;
                    cash += proceeds;
                    risk.RecordTrade(new TradeResult(Close(i), cost, proceeds - cost, exit.Reason, cash));
                    log.Add($"{i}: exit {exit.Reason} at {exit.Price}");
                    levels = null;
                    qty = 0m;
                }
            }
            decimal price = (decimal)c;
            decimal equity = cash + qty * price;
            risk.ObserveEquity(new EquityObservation(Close(i), equity));

            var decision = risk.EvaluateEntry(new EntryRequest(Close(i), price, equity, cash, levels is null ? 0 : 1, qty * price));
            if (!decision.IsAllowed)
            {
                log.Add($"{i}: rejected");
                continue;
            }
            log.Add($"{i}: {decision.Verdict} {decision.QuoteAmount}");
            cost = decision.QuoteAmount;
            cash -= cost;
            qty = cost / price;
            levels = risk.OpenExitLevels(price);
        }

        // Max exposure 40 % resizes the 50 % stake; trailing stop 3 % below the 110 high; cooldown 2 candles.
        Assert.Equal(
            new[]
            {
                "0: Resized 4000.0", "1: rejected", "2: exit TrailingStop at 106.70", "2: rejected", "3: rejected", "4: rejected",
                "5: Resized 4107.2000",
            },
            log);
    }
}
