namespace Trader.Domain;

/// <summary>One operator command to one instance, as stored in the command table. Times are Unix ms UTC.</summary>
/// <param name="Id">The caller's idempotency key: the same id issued twice is one command.</param>
/// <param name="Instance">The instance it is for.</param>
/// <param name="Action">What to do.</param>
/// <param name="IssuedBy">Who asked, for the record (e.g. <c>cli:alice</c>, <c>dashboard</c>, <c>telegram:12345</c>).</param>
/// <param name="IssuedMs">When it was written (wall clock of the issuer).</param>
/// <param name="Status">Pending until the instance takes it.</param>
/// <param name="AppliedMs">When the instance took it (its clock); null while pending.</param>
/// <param name="EffectiveOpenMs">
/// Open time of the first candle the engine processed after it: a replay of the instance's history applies it just
/// before that candle, so a restart rebuilds the same state. Null while pending or when skipped.
/// </param>
/// <param name="Result">What the instance did, in words (e.g. <c>paused</c>, <c>no open position</c>); null while pending.</param>
public sealed record ControlCommand(
    string Id, string Instance, ControlAction Action, string IssuedBy, long IssuedMs,
    ControlStatus Status = ControlStatus.Pending, long? AppliedMs = null, long? EffectiveOpenMs = null, string? Result = null);
