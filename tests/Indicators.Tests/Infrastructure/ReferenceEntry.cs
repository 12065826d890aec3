namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>One <c>indicators.NAME</c> entry of the oracle's manifest.json.</summary>
/// <param name="Name">Entry name, e.g. <c>stoch-rsi</c>.</param>
/// <param name="File">Results file relative to the oracle folder.</param>
/// <param name="Quotes">Quotes file relative to the oracle folder.</param>
/// <param name="Call">The library call that produced the file.</param>
/// <param name="PrimaryField">The field that <see cref="NullsAtStart"/> describes.</param>
/// <param name="Fields">Result field names (without timestamp).</param>
/// <param name="NullsAtStart">Leading nulls of the primary field.</param>
/// <param name="NullsAtStartByField">Leading nulls per field.</param>
/// <param name="Notes">Quirks to reproduce.</param>
/// <param name="Sha256">Hex SHA-256 of the results file.</param>
public sealed record ReferenceEntry(
    string Name,
    string File,
    string Quotes,
    string Call,
    string PrimaryField,
    IReadOnlyList<string> Fields,
    int NullsAtStart,
    IReadOnlyDictionary<string, int> NullsAtStartByField,
    string Notes,
    string Sha256);
