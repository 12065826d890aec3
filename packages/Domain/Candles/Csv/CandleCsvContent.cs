namespace Trader.Domain;

/// <summary>What <see cref="CandleCsv.Read"/> found in a file.</summary>
/// <param name="Path">The file, as given.</param>
/// <param name="Rows">The valid candles, ordered by open time, one per open time.</param>
/// <param name="Problems">The lines that gave no candle, by line, each with its reason.</param>
public sealed record CandleCsvContent(string Path, IReadOnlyList<CandleCsvRow> Rows, IReadOnlyList<CandleCsvProblem> Problems)
{
    /// <summary>The valid candles, ordered by open time.</summary>
    public Candle[] Candles => Rows.Select(r => r.Candle).ToArray();

    /// <summary>A problem as its message: <c>file:line: reason</c>.</summary>
    public string Describe(CandleCsvProblem problem) => $"{Path}:{problem.Line}: {problem.Reason}";
}
