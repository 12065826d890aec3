using Serilog;
using Trader.Domain;
using Trader.Execution.Brokers.Live;
using Trader.Execution.Engine;

namespace Trader.Trader.Run;

/// <summary>
/// A live instance's look at its exchange account when it starts (after the replay, so the engine's cash is what the
/// instance has left of its budget): what is free, what other instances reserved, and a clear warning when the account
/// cannot pay for what the instance may spend. It never stops the instance: entries are capped or skipped one by one.
/// </summary>
internal static class FundsCheck
{
    public static async Task RunAsync(FundsGuard guard, TradingEngine engine, Market market, string exchange, string instance, long nowMs, ILogger log, CancellationToken ct)
    {
        var funds = await guard.StartAsync(market.Symbol, ct);
        string quote = market.Quote;
        log.Information("Balance on {Exchange}: {Free} {Quote} free, {Reserved} {Quote} reserved by other instances on the account; this instance's cash {Cash} {Quote}",
            exchange, market.Money(funds.Free), quote, market.Money(funds.ReservedByOthers), quote, market.Money(engine.Cash), quote);
        if (funds.Available >= engine.Cash) return;
        if (funds.Available < funds.SmallestOrder)
        {
            string text = $"balance too small to trade: {market.Money(funds.Available)} {quote} free for this instance on {exchange} " +
                $"({market.Money(funds.Free)} free less {market.Money(funds.ReservedByOthers)} reserved by other instances) is below the smallest order of " +
                $"{market.Money(funds.SmallestOrder)} {quote}; every entry is skipped until the account has more {quote} (the budget is {market.Money(engine.Cash)} {quote})";
            log.Warning("Balance too small to trade: {Available} {Quote} free for this instance on {Exchange} ({Free} free less {Reserved} reserved by other instances) " +
                "is below the smallest order of {Smallest} {Quote}; every entry is skipped until the account has more {Quote}",
                market.Money(funds.Available), quote, exchange, market.Money(funds.Free), market.Money(funds.ReservedByOthers), market.Money(funds.SmallestOrder), quote, quote);
            await guard.AlertAsync($"funds-start:{instance}:{nowMs}", text, ct);
            return;
        }
        log.Warning("This instance's cash {Cash} {Quote} is more than the {Available} {Quote} free for it on {Exchange}: entries are capped to what is free",
            market.Money(engine.Cash), quote, market.Money(funds.Available), quote, exchange);
    }
}
