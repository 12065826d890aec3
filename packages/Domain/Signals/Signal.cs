namespace Trader.Domain;

/// <summary>
/// A strategy's decision for one closed candle, with the reason that is logged and stored. A reason with numbers is
/// given as its values and a formatter, run when the reason is first read: most signals of a backtest change nothing
/// (an entry signal while a position is open, an exit signal with none), and formatting their numbers up front cost a
/// tenth of a one-shot replay's CPU (docs/benchmarks.md). Two signals are equal when their kinds and reason texts are.
/// </summary>
public readonly struct Signal : IEquatable<Signal>
{
    // The reason's text, or a SignalReason that makes it; null for None.
    private readonly object? _reason;

    private Signal(SignalKind kind, object? reason)
    {
        Kind = kind;
        _reason = reason;
    }

    /// <summary>Enter, exit or do nothing.</summary>
    public SignalKind Kind { get; }

    /// <summary>Short human-readable cause, e.g. <c>rsi 28.4 &lt; 30</c>; empty for <see cref="SignalKind.None"/>.</summary>
    public string Reason => _reason switch
    {
        string text => text,
        SignalReason deferred => deferred.Text,
        _ => string.Empty,
    };

    public static Signal None { get; } = new(SignalKind.None, null);

    public static Signal Enter(string reason) => new(SignalKind.Enter, reason);

    public static Signal Exit(string reason) => new(SignalKind.Exit, reason);

    /// <summary>An entry whose reason is <paramref name="reason"/> of <paramref name="values"/>, formatted when read.</summary>
    /// <param name="values">What the reason reads, e.g. a tuple of the indicator values.</param>
    /// <param name="reason">A static lambda (it captures nothing), e.g. <c>static v => $"rsi {v.Rsi} &lt; {v.Level}"</c>.</param>
    public static Signal Enter<TValues>(TValues values, Func<TValues, string> reason) => new(SignalKind.Enter, new SignalReason<TValues>(values, reason));

    /// <summary>An exit whose reason is <paramref name="reason"/> of <paramref name="values"/>, formatted when read.</summary>
    /// <param name="values">What the reason reads.</param>
    /// <param name="reason">A static lambda (it captures nothing).</param>
    public static Signal Exit<TValues>(TValues values, Func<TValues, string> reason) => new(SignalKind.Exit, new SignalReason<TValues>(values, reason));

    public bool Equals(Signal other) => Kind == other.Kind && Reason == other.Reason;

    public override bool Equals(object? obj) => obj is Signal other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Reason);

    public static bool operator ==(Signal left, Signal right) => left.Equals(right);

    public static bool operator !=(Signal left, Signal right) => !left.Equals(right);

    public override string ToString() => $"Signal {{ Kind = {Kind}, Reason = {Reason} }}";
}
