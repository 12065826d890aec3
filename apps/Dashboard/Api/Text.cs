namespace Trader.Dashboard.Api;

/// <summary>Enum values as the API spells them: lower case (<c>paper</c>, <c>running</c>, <c>buy</c>).</summary>
internal static class Text
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
