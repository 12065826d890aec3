namespace Trader.Dashboard.Api;

/// <summary>What the caller's token allows, as the API returns it.</summary>
/// <param name="Scopes">The token's scopes: <c>read</c>, and <c>control</c> for the control token.</param>
internal sealed record SessionView(IReadOnlyList<string> Scopes);
