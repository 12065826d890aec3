using System.Collections.Frozen;

namespace Trader.Domain;

/// <summary>The names of operator actions as the CLI, the REST API and Telegram spell them.</summary>
public static class ControlActions
{
    private static readonly FrozenDictionary<string, ControlAction> ByName = new Dictionary<string, ControlAction>(StringComparer.OrdinalIgnoreCase)
    {
        ["pause"] = ControlAction.Pause,
        ["resume"] = ControlAction.Resume,
        ["force-exit"] = ControlAction.ForceExit,
        ["reset-breaker"] = ControlAction.ResetBreaker,
        ["stop"] = ControlAction.Stop,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in the order of <see cref="ControlAction"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["pause", "resume", "force-exit", "reset-breaker", "stop"];

    /// <summary><c>pause</c>, <c>resume</c>, <c>force-exit</c>, <c>reset-breaker</c> or <c>stop</c>.</summary>
    public static string Name(ControlAction action) => Names[(int)action];

    /// <summary>The action called <paramref name="name"/> (case-insensitive), or null when there is none.</summary>
    public static ControlAction? Parse(string name) => ByName.TryGetValue(name, out var action) ? action : null;
}
