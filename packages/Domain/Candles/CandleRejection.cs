
namespace Trader.Domain;

/// <summary>A candle refused on the way in, and why.</summary>
/// <param name="Index">Position of the candle in the batch it arrived in.</param>
/// <param name="Candle">The refused candle, unchanged.</param>
/// <param name="Reason">What is wrong with it, e.g. <c>low 101 is above open 100</c>.</param>
public sealed record CandleRejection(int Index, Candle Candle, string Reason);
