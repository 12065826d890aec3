using Serilog;
using Trader.Domain;
using Trader.Execution.Engine;

namespace Trader.Trader.Run;

/// <summary>
/// Operator commands (pause, resume, force-exit, reset-breaker, stop) from the command table, for one instance.
/// The trader takes pending commands before each step and while it waits for a candle: each is recorded first (applied,
/// when, before which candle, what it did) and then carried out, so a crash in between is healed by the replay, which
/// applies every recorded command just before the candle it preceded live. A restart therefore rebuilds the same engine:
/// a reset breaker stays reset, a paused instance stays paused, a force-exit happens at the same point.
/// A stop issued before this run began is skipped (an old stop would otherwise end every later start at once).
/// </summary>
internal sealed class OperatorControls(IControlStore store, string instance, long runStartedMs, TimeProvider clock, ILogger log)
{
    private readonly ILogger _log = log;
    private Queue<ControlCommand> _toReplay = new();

    /// <summary>Loads the commands this instance applied before, for the replay of a new session's engine.</summary>
    public async Task BeginSessionAsync(CancellationToken ct)
    {
        var applied = (await store.ListAsync(instance, ct))
            .Where(c => c is { Status: ControlStatus.Applied, EffectiveOpenMs: not null } && c.Action != ControlAction.Stop);
        _toReplay = new Queue<ControlCommand>(applied);
    }

    /// <summary>During the replay: applies the recorded commands that took effect before the candle opening at <paramref name="openMs"/>.</summary>
    public async Task ReplayBeforeAsync(TradingEngine engine, long openMs, CancellationToken ct)
    {
        while (_toReplay.TryPeek(out var command) && command.EffectiveOpenMs <= openMs)
        {
            _toReplay.Dequeue();
            await CarryOutAsync(command.Action, engine, ct);
        }
    }

    /// <summary>
    /// Takes this instance's pending commands in the order they were issued, before the candle opening at
    /// <paramref name="nextOpenMs"/>. Returns true when one of them was a stop.
    /// </summary>
    public async Task<bool> TakePendingAsync(TradingEngine engine, long nextOpenMs, CancellationToken ct)
    {
        bool stop = false;
        foreach (var command in await store.PendingAsync(instance, ct))
        {
            long nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (command.Action == ControlAction.Stop && command.IssuedMs < runStartedMs)
            {
                await store.CompleteAsync(command.Id, ControlStatus.Skipped, nowMs, null, "skipped: issued before this run started", ct);
                _log.Information("Skipped command {CommandId} stop from {IssuedBy}: issued before this run started", command.Id, command.IssuedBy);
                continue;
            }
            string result = Describe(command.Action, engine);
            // Recorded before it is carried out: a replay after a crash here applies it at the same candle.
            if (!await store.CompleteAsync(command.Id, ControlStatus.Applied, nowMs, nextOpenMs, result, ct)) continue;
            _log.Information("Command {CommandId} {Action} from {IssuedBy}: {Result}", command.Id, ControlActions.Name(command.Action), command.IssuedBy, result);
            await CarryOutAsync(command.Action, engine, ct);
            stop |= command.Action == ControlAction.Stop;
        }
        return stop;
    }

    // What carrying the action out will do, in words, for the record (decided on the engine's state before it).
    private static string Describe(ControlAction action, TradingEngine engine) => action switch
    {
        ControlAction.Pause => engine.IsPaused ? "already paused" : "paused: no new entries, exits still managed",
        ControlAction.Resume => engine.IsPaused ? "resumed: entries allowed" : "was not paused",
        ControlAction.ForceExit => engine.Positions.Count == 0 ? "no open position" : $"selling {engine.Positions.Count} open position(s) at market",
        ControlAction.ResetBreaker => engine.TrippedBreakers is { Count: > 0 } tripped ? $"reset the {string.Join(" and ", tripped)} breaker" : "no breaker was tripped",
        _ => "stopping",
    };

    private static async Task CarryOutAsync(ControlAction action, TradingEngine engine, CancellationToken ct)
    {
        switch (action)
        {
            case ControlAction.Pause: engine.Pause(); break;
            case ControlAction.Resume: engine.Resume(); break;
            case ControlAction.ForceExit: await engine.ForceExitAsync("force exit by the operator", ct); break;
            case ControlAction.ResetBreaker: engine.ResetBreakers(); break;
        }
    }
}
