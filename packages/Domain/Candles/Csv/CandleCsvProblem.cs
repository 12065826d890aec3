namespace Trader.Domain;

/// <summary>A CSV line that gave no candle, and why.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Reason">What is wrong with it, e.g. <c>low 101 is above high 100</c>.</param>
public sealed record CandleCsvProblem(int Line, string Reason);
