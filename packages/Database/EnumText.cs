namespace Trader.Database;

/// <summary>Enums are stored as lower-case names (<c>buy</c>, <c>limit</c>, <c>open</c>) so rows read well in the sqlite3 shell.</summary>
internal static class EnumText
{
    public static string ToText<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static T Parse<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new DatabaseException($"Stored value '{text}' is not a valid {typeof(T).Name}; the row was written by a newer or broken program.");
}
