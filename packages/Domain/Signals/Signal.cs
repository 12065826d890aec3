namespace Trader.Domain;

/// <summary>A strategy's decision for one closed candle, with the reason that is logged and stored.</summary>
/// <param name="Kind">Enter, exit or do nothing.</param>
/// <param name="Reason">Short human-readable cause, e.g. <c>rsi 28.4 &lt; 30</c>; empty for <see cref="SignalKind.None"/>.</param>
public readonly record struct Signal(SignalKind Kind, string Reason)
{
    public static Signal None { get; } = new(SignalKind.None, string.Empty);

    public static Signal Enter(string reason) => new(SignalKind.Enter, reason);

    public static Signal Exit(string reason) => new(SignalKind.Exit, reason);
}
