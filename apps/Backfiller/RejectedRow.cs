namespace Trader.Backfiller;

/// <summary>A CSV row that was not imported, and why.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record RejectedRow(int Line, string Reason);
