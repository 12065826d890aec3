using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>An operator command as the API returns it. Times are Unix ms UTC.</summary>
internal sealed record CommandView(
    string Id, string Instance, string Action, string IssuedBy, long IssuedMs, string Status, long? AppliedMs, long? EffectiveOpenMs, string? Result)
{
    public static CommandView From(ControlCommand c) =>
        new(c.Id, c.Instance, ControlActions.Name(c.Action), c.IssuedBy, c.IssuedMs, Text.Of(c.Status), c.AppliedMs, c.EffectiveOpenMs, c.Result);
}
