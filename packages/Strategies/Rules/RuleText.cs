namespace Trader.Strategies.Rules;

/// <summary>The source of one rule and where it starts in its file, so errors can point into the YAML.</summary>
/// <param name="Text">The expression, e.g. <c>rsi &lt; 30 and close &gt; ema200</c>; may span lines.</param>
/// <param name="Line">1-based line of the first character of <paramref name="Text"/> in its file.</param>
/// <param name="Column">1-based column of the first character of <paramref name="Text"/> on that line. Later lines of a
/// multi-line text count columns from their own start.</param>
public sealed record RuleText(string Text, int Line = 1, int Column = 1)
{
    /// <summary>1-based line and column in the file of the character at <paramref name="offset"/> (0-based, may equal the length).</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        int line = Line;
        int lineStart = 0;
        for (int i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + 1;
        return (line, line == Line ? column + Column - 1 : column);
    }
}
