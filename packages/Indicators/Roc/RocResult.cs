namespace Trader.Indicators;

/// <summary>One rate-of-change row; null while undefined.</summary>
/// <param name="Momentum">Close minus the close N bars earlier, in price units.</param>
/// <param name="Roc">Momentum as a percent of the close N bars earlier.</param>
public readonly record struct RocResult(double? Momentum, double? Roc);
