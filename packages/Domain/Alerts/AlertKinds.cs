namespace Trader.Domain;

/// <summary>The kinds of alert events (the <c>kind</c> field of every channel's payload).</summary>
public static class AlertKinds
{
    /// <summary>An entry order filled.</summary>
    public const string Entry = "entry";

    /// <summary>An exit filled on the strategy's signal or by hand.</summary>
    public const string Exit = "exit";

    /// <summary>A stop loss or trailing stop was hit and filled.</summary>
    public const string StopHit = "stop_hit";

    /// <summary>A take-profit target was hit and filled.</summary>
    public const string TargetHit = "target_hit";

    /// <summary>A live entry was skipped, or a live instance started, with too little free balance on the exchange account.</summary>
    public const string InsufficientFunds = "insufficient_funds";

    /// <summary>The drawdown or daily loss breaker tripped: no new entries.</summary>
    public const string BreakerTripped = "breaker_tripped";

    /// <summary>The instance started.</summary>
    public const string Started = "started";

    /// <summary>The instance stopped cleanly.</summary>
    public const string Stopped = "stopped";

    /// <summary>The instance ended with an error.</summary>
    public const string Failed = "failed";

    /// <summary>The exchange has not answered for the configured number of minutes.</summary>
    public const string ExchangeUnreachable = "exchange_unreachable";

    /// <summary>The previous UTC day's trades and P&amp;L.</summary>
    public const string DailySummary = "daily_summary";

    /// <summary>Every kind, in the order the docs list them (what a channel's <c>kinds</c> may name).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Entry, Exit, StopHit, TargetHit, BreakerTripped, Started, Stopped, Failed, ExchangeUnreachable, DailySummary];
}
