namespace Trader.Risk.Gates;

/// <summary>
/// Double bounds a billionth either side of an exact level. A double mark is within a few units in its last place of
/// the exact equity (cash and holdings are never negative, so nothing cancels), so a mark beyond a bound is on that
/// side of the level exactly too; only marks between the bounds need the exact figure.
/// </summary>
internal static class Screen
{
    private const double Margin = 1e-9;

    /// <summary>A double below which every mark is below <paramref name="level"/> exactly.</summary>
    public static double Below(decimal level)
    {
        double d = (double)level;
        return d - Math.Abs(d) * Margin;
    }

    /// <summary>
    /// A double above which every mark is less than <paramref name="fraction"/> below <paramref name="reference"/>
    /// exactly, so cannot trip a limit on that fall; positive infinity (screens nothing) without a positive reference.
    /// </summary>
    public static double AboveFall(decimal reference, decimal fraction) =>
        reference > 0m ? Above(reference - reference * fraction) : double.PositiveInfinity;

    /// <summary>A double above which every mark is above <paramref name="level"/> exactly.</summary>
    public static double Above(decimal level)
    {
        double d = (double)level;
        return d + Math.Abs(d) * Margin;
    }
}
