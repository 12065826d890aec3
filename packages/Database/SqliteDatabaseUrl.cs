namespace Trader.Database;

/// <summary>A SQLite database file.</summary>
/// <param name="FilePath">Path of the file, as given (relative paths resolve against the working directory).</param>
public sealed record SqliteDatabaseUrl(string FilePath) : DatabaseUrl
{
    /// <summary>Formats as a <c>sqlite:</c> URL.</summary>
    public override string ToString() => $"sqlite:{FilePath}";
}
