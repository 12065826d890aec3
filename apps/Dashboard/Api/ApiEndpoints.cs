using Trader.Dashboard.Auth;
using Trader.Database;
using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>The read-only REST API under <c>/api</c>: the fleet, one instance's positions, orders, trades, equity and candles, backtest runs.</summary>
internal static class ApiEndpoints
{
    /// <summary>Most candles one request returns.</summary>
    public const int MaxCandles = 5000;

    /// <summary>Candles returned when no range is asked for: the newest ones up to now.</summary>
    public const int DefaultCandles = 300;

    public const int DefaultBacktestRuns = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Scopes.Read).WithTags("fleet");

        api.MapGet("/instances", async (Fleet fleet, TimeProvider clock, CancellationToken ct) =>
                (await fleet.SummarizeAsync(NowMs(clock), ct)).Select(InstanceView.From).ToList())
            .WithSummary("Every registered instance: status, heartbeat age, open position, P&L today and total, latest equity.");

        api.MapGet("/instances/{name}", async Task<IResult> (string name, Fleet fleet, TimeProvider clock, CancellationToken ct) =>
                await fleet.SummarizeAsync(name, NowMs(clock), ct) is { } s ? TypedResults.Ok(InstanceView.From(s)) : NotFound(name))
            .WithSummary("One instance at a glance.");

        api.MapGet("/instances/{name}/positions", async Task<IResult> (string name, TradingDatabase db, CancellationToken ct) =>
                await Registered(db, name, ct) is null ? NotFound(name)
                    : TypedResults.Ok((await db.Trades.ListOpenAsync(name, ct)).Select(TradeView.From).ToList()))
            .WithSummary("The instance's open positions (open trades), oldest first.");

        api.MapGet("/instances/{name}/trades", async Task<IResult> (string name, TradingDatabase db, CancellationToken ct) =>
                await Registered(db, name, ct) is null ? NotFound(name)
                    : TypedResults.Ok((await db.Trades.ListAsync(name, ct)).Select(TradeView.From).ToList()))
            .WithSummary("Every trade (round trip) of the instance, oldest first.");

        api.MapGet("/instances/{name}/orders", async Task<IResult> (string name, TradingDatabase db, CancellationToken ct) =>
                await Registered(db, name, ct) is null ? NotFound(name)
                    : TypedResults.Ok((await db.Orders.ListAsync(name, ct)).Select(OrderView.From).ToList()))
            .WithSummary("Every order of the instance, oldest first.");

        api.MapGet("/instances/{name}/equity", async Task<IResult> (string name, long? from, long? to, TradingDatabase db, CancellationToken ct) =>
                await Registered(db, name, ct) is null ? NotFound(name)
                    : TypedResults.Ok((await db.Equity.ListAsync(name, from ?? 0, to ?? long.MaxValue, ct)).Select(EquityView.From).ToList()))
            .WithSummary("Equity snapshots with from <= time < to (Unix ms UTC; default: all), oldest first.");

        api.MapGet("/instances/{name}/candles", async Task<IResult> (string name, long? from, long? to, TradingDatabase db, TimeProvider clock, CancellationToken ct) =>
            {
                if (await Registered(db, name, ct) is not { } instance) return NotFound(name);
                var r = instance.Registration;
                long toMs = to ?? NowMs(clock);
                long fromMs = from ?? toMs - DefaultCandles * r.Timeframe.DurationMs;
                if (fromMs > toMs) return TypedResults.Problem($"from ({fromMs}) is after to ({toMs}).", statusCode: StatusCodes.Status400BadRequest);
                var candles = await db.Candles.ReadRangeAsync(new SeriesKey(r.Exchange, r.Symbol, r.Timeframe), fromMs, toMs, ct);
                // The newest ones when the range holds more than one response may carry.
                return TypedResults.Ok(candles.Skip(Math.Max(0, candles.Count - MaxCandles)).Select(CandleView.From).ToList());
            })
            .WithSummary($"The instance's candles with from <= open time < to (Unix ms UTC; default: the last {DefaultCandles} bars up to now; at most the newest {MaxCandles}).");

        api.MapGet("/backtests", async Task<IResult> (int? limit, TradingDatabase db, CancellationToken ct) =>
                limit is < 1 or > 1000
                    ? TypedResults.Problem("limit must be 1..1000.", statusCode: StatusCodes.Status400BadRequest)
                    : TypedResults.Ok((await db.BacktestRuns.ListRecentAsync(limit ?? DefaultBacktestRuns, ct)).Select(BacktestRunView.From).ToList()))
            .WithTags("backtests")
            .WithSummary($"The newest backtest runs of every instance (default {DefaultBacktestRuns}, at most 1000), newest first.");

        api.MapGet("/backtests/{id:long}", async Task<IResult> (long id, TradingDatabase db, CancellationToken ct) =>
                await db.BacktestRuns.GetAsync(id, ct) is { } run
                    ? TypedResults.Ok(BacktestRunView.From(run))
                    : TypedResults.Problem($"No backtest run {id}.", statusCode: StatusCodes.Status404NotFound))
            .WithTags("backtests")
            .WithSummary("One backtest run with its metrics and the configuration it ran.");
    }

    private static long NowMs(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static Task<InstanceInfo?> Registered(TradingDatabase db, string name, CancellationToken ct) => db.Instances.GetAsync(name, ct);

    private static IResult NotFound(string name) =>
        TypedResults.Problem($"No instance '{name}' is registered in the database.", statusCode: StatusCodes.Status404NotFound);
}
