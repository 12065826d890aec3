namespace Trader.Domain;

/// <summary>A candle read from a CSV file, with the line it came from.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Candle">The candle, already checked by <see cref="CandleValidator"/>.</param>
public readonly record struct CandleCsvRow(int Line, Candle Candle);
