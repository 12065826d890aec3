using Serilog;
using Trader.Domain;
using Trader.Strategies;
using Trader.Execution;
using Trader.Execution.Brokers;
using Trader.Database;
using Trader.Execution.Brokers.Live;
using Trader.Execution.Engine;
using Trader.Hosting.Cli;
using Trader.Exchange;
using Trader.Exchange.Decorators;

namespace Trader.Trader.Run;

/// <summary>
/// Runs one instance until stopped. The engine's state (cash, position, pending orders, risk breakers) is never
/// stored as such: it is rebuilt by replaying the instance's own candles through a fresh engine, which is
/// deterministic, so a restart (or recovery after a failed step) ends in exactly the state the instance had.
/// The replay starts at the instance's first traded candle (its first equity snapshot), after the strategy has been
/// warmed up on the candles before it. The journal skips what is already recorded; the live broker answers recorded
/// orders from the database and asks the exchange about the rest by client order id (which also books what filled or
/// was canceled while the trader was down), so nothing is sent twice.
/// </summary>
internal sealed class InstanceRunner(
    InstanceConfig config, string version, TradingDatabase db, IExchange exchange, ExchangeMeter meter, TimeProvider clock, ILogger log, RunnerOptions options)
{
    private readonly ILogger _log = log;
    private readonly SeriesKey _series = new(config.Exchange, config.Symbol, config.Timeframe);
    private readonly Timeframe _tf = config.Timeframe;
    private readonly ServerClock _server = new(exchange, clock);
    private long _lastHeartbeatMs;
    // Commands issued before this process started that would end it at once (a stop) are skipped.
    private readonly OperatorControls _controls = new(db.Controls, config.Name, clock.GetUtcNow().ToUnixTimeMilliseconds(), clock, log);
    private CancellationTokenSource? _stopping;
    private readonly InstanceAlerts _alerts = new(db.Alerts, config.Name, options.UnreachableAlertAfter, clock);
    // A stop request never cuts short work on the engine that has changed the account (see StopGate).
    private readonly StopGate _gate = new(clock);

    // How often each refused candle not yet stepped past was asked for (see FetchClosedAsync).
    private readonly Dictionary<long, int> _refusals = [];

    public async Task<int> RunAsync(CancellationToken signal)
    {
        // Stopped by the signal (Ctrl+C, SIGTERM) or by the operator's stop command.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(signal);
        _stopping = stopping;
        var stop = stopping.Token;
        // When the stop arrived, in the log: what the step under way did after it is then plain to read.
        using var announced = stop.Register(() => _log.Information("Stopping: the step under way finishes first"));
        await RegisterAsync(stop);
        await _alerts.StartedAsync(version, config.Mode, stop);
        var backoff = TimeSpan.FromSeconds(1);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await RunSessionAsync(stop);
                }
                catch (Exception e) when (stop.IsCancellationRequested && e is ExchangeException or DatabaseException or TimeoutException
                    && e is not DatabaseCorruptException)
                {
                    // A step that had changed the account ran on after the stop request and failed: the next start's replay
                    // reconciles it with the exchange, as after a kill.
                    _log.Warning("{Error} while finishing the step under way before stopping: {Message}; the next start reconciles it with {Exchange}",
                        e.GetType().Name, e.Message, exchange.Name);
                }
                catch (Exception e) when (!stop.IsCancellationRequested && e is ExchangeException or DatabaseException or TimeoutException
                    && e is not DatabaseCorruptException)
                {
                    // The process stays up: the engine is rebuilt by replay after the pause, so a step cut short leaves no trace.
                    _log.Error("{Error}: {Message}; trying again in {Seconds} s", e.GetType().Name, e.Message, backoff.TotalSeconds);
                    if (e is ExchangeException) await _alerts.ExchangeFailedAsync(e.Message, stop);
                    await DelayAsync(backoff, stop);
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.MaxBackoff.Ticks));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not ConfigException)
        {
            // A damaged database (not retried above: it stays damaged) needs no stack trace; its message says what to do.
            _log.Fatal(e is DatabaseCorruptException ? null : e, "Instance failed: {Message}", e.Message);
            await MarkFailedAsync(e.Message);
            return ExitCodes.RuntimeFailure;
        }
        await ReportExchangeStatsAsync(CancellationToken.None);
        await db.Instances.MarkEndedAsync(config.Name, NowMs(), InstanceStatus.Stopped, CancellationToken.None);
        await _alerts.EndedAsync(InstanceStatus.Stopped, signal.IsCancellationRequested ? "stopped" : "stopped by the operator", CancellationToken.None);
        _log.Information("Stopped");
        return ExitCodes.Ok;
    }

    // The failed status is what `trader health` and `status` show; a database too damaged to take it still fails health by its stale heartbeat.
    private async Task MarkFailedAsync(string reason)
    {
        try
        {
            await db.Instances.MarkEndedAsync(config.Name, NowMs(), InstanceStatus.Failed, CancellationToken.None);
            await _alerts.EndedAsync(InstanceStatus.Failed, $"failed: {reason}", CancellationToken.None);
        }
        catch (DatabaseException e)
        {
            _log.Error("Could not mark the instance failed in the database: {Message}", e.Message);
        }
    }

    private async Task RegisterAsync(CancellationToken ct)
    {
        if (await db.Instances.GetAsync(config.Name, ct) is { } previous && !ConfigHash.IsRecordedFor(previous.Registration.ConfigHash, config)
            && (await db.Equity.ListAsync(config.Name, 0, long.MaxValue, ct)).Count > 0)
        {
            throw new ConfigException(
                $"Instance '{config.Name}' already has history in {db.Location} under a different configuration; its state is rebuilt by " +
                "replaying that history, which a changed strategy or risk setting would not reproduce. Give the changed config a new 'name:', " +
                "or restore the previous settings.");
        }
        await db.Instances.RegisterAsync(new InstanceRegistration(
            config.Name, ConfigHash.Of(config), config.Mode, config.Exchange, config.Symbol, _tf, version, NowMs()), ct);
        await HeartbeatAsync(ct);
    }

    private async Task RunSessionAsync(CancellationToken stop)
    {
        var markets = await exchange.LoadMarketsAsync(stop);
        if (!markets.TryGetValue(config.Symbol, out var market))
        {
            throw new ConfigException($"{exchange.Name} has no market '{config.Symbol}'. Check 'symbol:' (unified form BASE/QUOTE).");
        }
        if (config.Market is { } configured && !configured.Matches(market))
        {
            _log.Warning("The file's market: differs from {Exchange}'s rules for {Symbol} (tick {Tick}, step {Step}, minimum amount {MinAmount}, " +
                "minimum notional {MinNotional}): the venue's apply here, so a backtest with the file's rules sizes trades differently; copy them into market:",
                exchange.Name, config.Symbol, market.TickSize, market.StepSize, market.MinAmount, market.MinNotional);
        }
        long serverNow = await CalibrateAsync(stop);
        var journal = await DatabaseJournal.OpenAsync(db, config.Name, config.Exchange, config.Symbol, market.Quote, clock, stop);
        var equity = await db.Equity.ListAsync(config.Name, 0, long.MaxValue, stop);
        long firstOpen = equity.Count > 0 ? _tf.FloorMs(equity[0].TimeMs - 1) : _tf.FloorMs(serverNow);

        long warmupFrom = StartupCandles.WindowStartMs(_tf, firstOpen, StartupCandles.For(config.Strategy));
        var warmup = await CandlesAsync(warmupFrom, firstOpen, serverNow, stop);
        // Engine, broker and risk log through the replay filter: a restart's replay does not log past orders again.
        using var engineLog = new ReplayLog(_log);
        (FundsGuard Guard, LiveAccountExchange Account)? funds = config.Mode == TradingMode.Live ? LiveFunds(engineLog.Logger) : null;
        var builder = EngineBuilder.For(config, market, engineLog.Logger) with
        {
            Warmup = warmup,
            Broker = funds is { } live ? new LiveBroker(new StopGatedExchange(live.Account, _gate), market, db.Orders, db.Fills, engineLog.Logger) : null,
        };
        var decisions = new DecisionLog(_log, market, builder.Strategy.Indicators);
        var engine = builder.Build(journal);

        long replayTo = _tf.FloorMs(serverNow);
        long nextOpen = firstOpen;
        var controls = _controls;
        await controls.BeginSessionAsync(stop);
        engineLog.IsReplaying = true;
        IReadOnlyList<Candle> replay = [];
        if (equity.Count > 0)
        {
            replay = await CandlesAsync(firstOpen, replayTo, serverNow, stop);
            foreach (var candle in replay)
            {
                // A replayed step sends what was decided but never reached the exchange: a unit of the gate like any step.
                await _gate.RunAsync(async ct =>
                {
                    await controls.ReplayBeforeAsync(engine, candle.OpenTimeMs, ct);
                    await engine.OnClosedCandleAsync(candle, ct);
                }, options.StopGrace, stop);
                nextOpen = _tf.NextOpenMs(candle.OpenTimeMs);
            }
        }
        // Commands taken after the last recorded step (or before the first) apply now, as they did then.
        await _gate.RunAsync(ct => controls.ReplayBeforeAsync(engine, long.MaxValue, ct), options.StopGrace, stop);
        engineLog.IsReplaying = false;
        if (equity.Count > 0)
        {
            _log.Information("Restored from this instance's history: replayed {Candles} candles since {From}, its past orders and trades not logged again; cash {Cash} {Quote}, position {Position} {Base}, equity {Equity} {Quote}",
                replay.Count, LogText.DateTime(firstOpen), market.Money(engine.Cash), market.Quote, market.Amount(engine.Holding), market.Base, market.Money(engine.Equity));
        }
        if (funds is { } guarded) await FundsCheck.RunAsync(guarded.Guard, engine, market, exchange.Name, config.Name, NowMs(), _log, stop);
        _log.Information("Warmed up on {Warmup} candles; trading {Symbol} {Timeframe} from {Next} in {Mode} mode",
            warmup.Count, config.Symbol, _tf.ToString(), LogText.DateTime(nextOpen), config.Mode.ToString().ToLowerInvariant());

        while (!stop.IsCancellationRequested)
        {
            if (await _gate.RunAsync(ct => controls.TakePendingAsync(engine, nextOpen, ct), options.StopGrace, stop))
            {
                _stopping!.Cancel();
                break;
            }
            serverNow = await _server.NowAsync(stop);
            long dueAt = _tf.CloseTimeMs(nextOpen) + options.CloseGraceMs;
            if (serverNow < dueAt)
            {
                await BeatIfDueAsync(stop);
                await DelayAsync(_server.Until(dueAt, serverNow, options.MaxWait), stop);
                continue;
            }
            var candles = await FetchClosedAsync(nextOpen, serverNow, stop);
            if (candles.Count == 0)
            {
                // Not published yet (or a gap at the venue, a refused candle to ask for again, or the end of a
                // simulator's data): look again shortly; a later candle moves past a gap. The heartbeat goes on
                // meanwhile, as in any wait.
                await BeatIfDueAsync(stop);
                await DelayAsync(_server.Until(serverNow + Math.Min(_tf.DurationMs / 4, 5000), serverNow, options.MaxWait), stop);
                continue;
            }
            foreach (var candle in candles)
            {
                if (stop.IsCancellationRequested) break;
                await StepAsync(engine, decisions, candle, stop);
                nextOpen = _tf.NextOpenMs(candle.OpenTimeMs);
            }
            await HeartbeatAsync(stop);
        }
    }

    // Live, the broker sends through the account's funds guard and (unless turned off) values third-asset fees in quote.
    private (FundsGuard Guard, LiveAccountExchange Account) LiveFunds(ILogger engineLog)
    {
        var live = LiveConfig.Of(config);
        var guard = new FundsGuard(exchange, db.FundsReservations, db.Alerts, new FundsGuardSettings(config.Exchange, config.Name, live.FeeReserve), clock, engineLog);
        return (guard, new LiveAccountExchange(exchange, guard, live.ConvertFees ? new FeeConversion(exchange, engineLog) : null));
    }

    // A step that has begun finishes when a stop arrives: within the stop grace, or to its end once it changed the account.
    private Task StepAsync(TradingEngine engine, DecisionLog decisions, Candle candle, CancellationToken stop) =>
        _gate.RunAsync(async ct =>
        {
            var tripped = engine.TrippedBreakers;
            var step = await engine.OnClosedCandleAsync(candle, ct);
            decisions.Write(candle, step);
            await _alerts.BreakersAsync(tripped, engine.TrippedBreakers, step.CloseTimeMs, ct);
        }, options.StopGrace, stop);

    private async Task<long> CalibrateAsync(CancellationToken ct)
    {
        await _server.NowAsync(ct);
        await DelayAsync(TimeSpan.FromMilliseconds(250), ct);
        return await _server.NowAsync(ct);
    }

    // Stored candles in [fromMs, toMs), with gaps fetched from the exchange and stored first (closed candles only).
    private async Task<IReadOnlyList<Candle>> CandlesAsync(long fromMs, long toMs, long serverNowMs, CancellationToken ct)
    {
        if (toMs <= fromMs) return [];
        foreach (var gap in await db.Candles.FindGapsAsync(_series, fromMs, toMs, ct))
        {
            var fetched = new List<Candle>();
            await foreach (var candle in exchange.FetchOhlcvRangeAsync(config.Symbol, _tf, gap.FirstOpenMs, gap.EndMs, 1000, ct))
            {
                if (_tf.CloseTimeMs(candle.OpenTimeMs) <= serverNowMs) fetched.Add(candle);
            }
            if (fetched.Count == 0) continue;
            foreach (var rejected in await StoreAsync(fetched, ct))
            {
                _log.Warning("Candle {Open} from {Exchange} refused, not stored: {Reason}", LogText.DateTime(rejected.Candle.OpenTimeMs), exchange.Name, rejected.Reason);
            }
        }
        return await db.Candles.ReadRangeAsync(_series, fromMs, toMs, ct);
    }

    /// <summary>
    /// The closed candles from <paramref name="fromMs"/> on that the store accepted, to step on in order. A candle the
    /// store refused (invalid: high below low, a bad price) never reaches the engine: it is a gap. It is first asked for
    /// again (<see cref="RunnerOptions.RefusedCandleAsks"/> times in all), so the candles after it wait and a venue's
    /// passing glitch costs nothing; one that stays invalid is stepped over like a candle the venue never published.
    /// Either way the engine steps exactly the stored candles, as a backtest over them does.
    /// </summary>
    private async Task<IReadOnlyList<Candle>> FetchClosedAsync(long fromMs, long serverNowMs, CancellationToken ct)
    {
        var closed = new List<Candle>();
        await foreach (var candle in exchange.FetchOhlcvRangeAsync(config.Symbol, _tf, fromMs, _tf.FloorMs(serverNowMs), 1000, ct))
        {
            if (_tf.CloseTimeMs(candle.OpenTimeMs) <= serverNowMs) closed.Add(candle);
        }
        foreach (long behind in _refusals.Keys.Where(open => open < fromMs).ToList()) _refusals.Remove(behind);
        if (closed.Count == 0) return closed;
        var refused = await StoreAsync(closed, ct);
        if (refused.Count == 0) return closed;

        long askAgainFrom = long.MaxValue;
        foreach (var rejection in refused)
        {
            long open = rejection.Candle.OpenTimeMs;
            int asks = _refusals.GetValueOrDefault(open) + 1;
            _refusals[open] = asks;
            if (asks == 1)
            {
                _log.Warning("Candle {Open} from {Exchange} refused, not stored and not traded on: {Reason}; asking again",
                    LogText.DateTime(open), exchange.Name, rejection.Reason);
            }
            if (asks < options.RefusedCandleAsks)
            {
                askAgainFrom = Math.Min(askAgainFrom, open);
            }
            else if (asks == options.RefusedCandleAsks)
            {
                _log.Warning("Candle {Open} still refused after {Asks} asks: stepped over as a gap, never traded on", LogText.DateTime(open), asks);
            }
        }
        var skipped = refused.Select(r => r.Candle.OpenTimeMs).ToHashSet();
        return closed.Where(c => c.OpenTimeMs < askAgainFrom && !skipped.Contains(c.OpenTimeMs)).ToList();
    }

    private async Task<IReadOnlyList<CandleRejection>> StoreAsync(IReadOnlyList<Candle> candles, CancellationToken ct) =>
        (await db.Candles.UpsertAsync(_series, candles, ct)).Rejected;

    private async Task BeatIfDueAsync(CancellationToken ct)
    {
        if (NowMs() - _lastHeartbeatMs >= (long)options.MaxWait.TotalMilliseconds) await HeartbeatAsync(ct);
    }

    private async Task HeartbeatAsync(CancellationToken ct)
    {
        await db.Instances.HeartbeatAsync(config.Name, NowMs(), ct);
        await ReportExchangeStatsAsync(ct);
        _lastHeartbeatMs = NowMs();
        _alerts.ExchangeAnswered();
    }

    // The exchange request counts go with every heartbeat and at a clean stop: /metrics is at most one heartbeat behind.
    private Task ReportExchangeStatsAsync(CancellationToken ct) =>
        meter.ReportAsync((calls, budget) => db.ExchangeStats.AddAsync(config.Name, calls, budget, NowMs(), ct));

    private Task DelayAsync(TimeSpan delay, CancellationToken ct) => Task.Delay(delay, clock, ct);

    private long NowMs() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
