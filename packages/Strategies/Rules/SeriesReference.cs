namespace Trader.Strategies.Rules;

/// <summary>A value that changes per candle: a candle field, an indicator alias (its primary field) or <c>alias.field</c>, optionally <paramref name="Offset"/> candles back.</summary>
/// <param name="Name">Candle field, indicator alias or constant name.</param>
/// <param name="Field">Indicator output field after the dot, or null.</param>
/// <param name="Offset">Candles back: 0 is the current candle, 1 the previous (<c>close[1]</c>).</param>
/// <param name="Start">Offset in the rule text of the name.</param>
/// <param name="End">Offset just past the reference (after <c>]</c> when there is an offset).</param>
/// <param name="FieldStart">Offset in the rule text of <paramref name="Field"/>, or of the name when there is no field.</param>
public sealed record SeriesReference(string Name, string? Field, int Offset, int Start, int End, int FieldStart) : RuleNode(Start, End)
{
    public override string ToString() =>
        (Field is null ? Name : $"{Name}.{Field}") + (Offset == 0 ? string.Empty : $"[{Offset}]");
}
