namespace Trader.Execution.Metrics;

/// <summary>The deepest fall of equity from a running peak.</summary>
/// <param name="Depth">(peak − trough) / peak, a positive fraction; 0 when equity never fell.</param>
/// <param name="Amount">peak − trough in quote currency.</param>
/// <param name="PeakMs">UTC Unix ms of the peak before the trough.</param>
/// <param name="TroughMs">UTC Unix ms of the trough.</param>
/// <param name="RecoveryMs">UTC Unix ms when equity first got back to the peak; null when it never did.</param>
public sealed record Drawdown(double Depth, decimal Amount, long PeakMs, long TroughMs, long? RecoveryMs);
