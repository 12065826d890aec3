using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Trader.Database.Copy;

/// <summary>
/// SHA-256 over a table's rows in key order, each value in one canonical text form whichever backend it came from:
/// integers and decimals invariant (a decimal keeps its scale, 1.50 is not 1.5), doubles round-trip ("R"), nulls marked.
/// Equal checksums on source and target mean every value arrived exactly.
/// </summary>
internal sealed class TableChecksum : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _row = new();

    public long Rows { get; private set; }

    public void Add(object?[] row)
    {
        _row.Clear();
        foreach (object? value in row)
        {
            _row.Append(value switch
            {
                null => "\u2400",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
            _row.Append('\u241F');   // unit separator: "a" + "bc" differs from "ab" + "c"
        }
        _row.Append('\u241E');
        _hash.AppendData(Encoding.UTF8.GetBytes(_row.ToString()));
        Rows++;
    }

    public string Finish() => Convert.ToHexString(_hash.GetHashAndReset()).ToLowerInvariant();

    public void Dispose() => _hash.Dispose();
}
