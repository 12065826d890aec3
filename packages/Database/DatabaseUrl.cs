namespace Trader.Database;

/// <summary>
/// Where the database lives, parsed from <c>DATABASE_URL</c>: a SQLite file (<c>data/trading.db</c>,
/// <c>sqlite:data/trading.db</c>, <c>sqlite:///var/lib/trader/trading.db</c>) or a PostgreSQL server
/// (<c>postgres://user:password@host:5432/trading</c>).
/// </summary>
/// <remarks><see cref="ToString"/> never shows a password, so a URL can be logged and put into error messages.</remarks>
public abstract record DatabaseUrl
{
    /// <summary>The path used when <c>DATABASE_URL</c> is unset or empty.</summary>
    public const string DefaultPath = "data/trading.db";

    private protected DatabaseUrl()
    {
    }

    /// <summary>Parses a <c>DATABASE_URL</c> value; null or blank means the SQLite file <see cref="DefaultPath"/>.</summary>
    /// <exception cref="DatabaseException">An unsupported scheme, an empty sqlite path or a malformed postgres URL.</exception>
    public static DatabaseUrl Parse(string? value)
    {
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0) return new SqliteDatabaseUrl(DefaultPath);

        int colon = text.IndexOf(':');
        // "C:\x.db" style drive letters are paths, not schemes.
        string scheme = colon > 1 ? text[..colon].ToLowerInvariant() : string.Empty;
        if (scheme is "postgres" or "postgresql") return PostgresDatabaseUrl.ParseUrl(text);
        if (scheme == "sqlite")
        {
            string rest = text[(colon + 1)..];
            // sqlite://relative/path and sqlite:///absolute/path: the two slashes are the empty authority.
            if (rest.StartsWith("//", StringComparison.Ordinal)) rest = rest[2..];
            if (rest.Length == 0)
                throw new DatabaseException("DATABASE_URL 'sqlite:' names no file. Example: sqlite:data/trading.db.");
            return new SqliteDatabaseUrl(rest);
        }
        if (scheme.Length > 0 && text.AsSpan(colon).StartsWith("://"))
            throw new DatabaseException(
                $"DATABASE_URL scheme '{scheme}' is not supported. Use a SQLite file path such as data/trading.db or sqlite:data/trading.db, " +
                "or a PostgreSQL URL such as postgres://user:password@host:5432/trading.");
        return new SqliteDatabaseUrl(text);
    }

    /// <summary>The URL without its password.</summary>
    public abstract override string ToString();
}
