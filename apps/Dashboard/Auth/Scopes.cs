namespace Trader.Dashboard.Auth;

/// <summary>
/// What a token lets its holder do, as claims and as the authorization policies of the same names. The read token
/// has <see cref="Read"/>; the control token has both.
/// </summary>
internal static class Scopes
{
    /// <summary>The claim type carrying a scope.</summary>
    public const string ClaimType = "scope";

    /// <summary>Every GET: the API, the metrics.</summary>
    public const string Read = "read";

    /// <summary>Changing what an instance does (pause, resume, force-exit, reset a breaker, stop).</summary>
    public const string Control = "control";
}
