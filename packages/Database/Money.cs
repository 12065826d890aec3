using System.Globalization;

namespace Trader.Database;

/// <summary>
/// Money columns are TEXT holding the decimal's invariant string, which keeps every digit and the scale
/// (<c>1.50</c> stays <c>1.50</c>). REAL would round; Microsoft.Data.Sqlite's own decimal binding drops trailing zeros.
/// </summary>
internal static class Money
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static string ToText(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? ToText(decimal? value) => value is { } v ? ToText(v) : null;

    public static decimal Parse(string text) => decimal.Parse(text, Style, CultureInfo.InvariantCulture);

    public static decimal? ParseNullable(string? text) => text is null ? null : Parse(text);
}
