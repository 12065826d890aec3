namespace Trader.Database;

/// <summary>
/// Where the database lives, parsed from <c>DATABASE_URL</c>: a file path (<c>data/trading.db</c>) or a
/// <c>sqlite:</c> URL (<c>sqlite:data/trading.db</c>, <c>sqlite:///var/lib/trader/trading.db</c>).
/// </summary>
/// <remarks>
/// Only SQLite is implemented. <c>postgres://</c> is recognised so that it fails with a clear message
/// rather than being taken for a file name; it is the seam for a PostgreSQL backend.
/// </remarks>
public sealed record DatabaseUrl
{
    /// <summary>The path used when <c>DATABASE_URL</c> is unset or empty.</summary>
    public const string DefaultPath = "data/trading.db";

    private DatabaseUrl(string filePath) => FilePath = filePath;

    /// <summary>Path of the SQLite file, as given (relative paths resolve against the working directory).</summary>
    public string FilePath { get; }

    /// <summary>Parses a <c>DATABASE_URL</c> value; null or blank means <see cref="DefaultPath"/>.</summary>
    /// <exception cref="DatabaseException">A PostgreSQL or other unsupported URL, or an empty sqlite path.</exception>
    public static DatabaseUrl Parse(string? value)
    {
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0) return new DatabaseUrl(DefaultPath);

        int colon = text.IndexOf(':');
        // "C:\x.db" style drive letters are paths, not schemes.
        string scheme = colon > 1 ? text[..colon].ToLowerInvariant() : string.Empty;
        if (scheme is "postgres" or "postgresql")
            throw new DatabaseException(
                "DATABASE_URL points at PostgreSQL, which is not supported yet. Use a SQLite file path such as data/trading.db or sqlite:data/trading.db.");
        if (scheme == "sqlite")
        {
            string rest = text[(colon + 1)..];
            // sqlite://relative/path and sqlite:///absolute/path: the two slashes are the empty authority.
            if (rest.StartsWith("//", StringComparison.Ordinal)) rest = rest[2..];
            if (rest.Length == 0)
                throw new DatabaseException("DATABASE_URL 'sqlite:' names no file. Example: sqlite:data/trading.db.");
            return new DatabaseUrl(rest);
        }
        if (scheme.Length > 0 && text.AsSpan(colon).StartsWith("://"))
            throw new DatabaseException(
                $"DATABASE_URL scheme '{scheme}' is not supported. Use a SQLite file path such as data/trading.db or sqlite:data/trading.db.");
        return new DatabaseUrl(text);
    }

    /// <summary>Formats as a <c>sqlite:</c> URL.</summary>
    public override string ToString() => $"sqlite:{FilePath}";
}
