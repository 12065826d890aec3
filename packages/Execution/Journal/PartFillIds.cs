namespace Trader.Execution.Journal;

/// <summary>
/// Fill ids of a live order's booked fills: each part booked while the order rested is <c>{n}p</c> (1p, 2p, ...), the
/// fill booked with the order's end is the next number (<c>1</c> for an order filled whole, as always). A replay tells
/// the parts from the end's fill by the id alone.
/// </summary>
public static class PartFillIds
{
    /// <summary>The id of the <paramref name="number"/>-th part (from 1).</summary>
    public static string Part(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "p";

    /// <summary>The id of the fill booked with the order's end, after <paramref name="partsBefore"/> parts.</summary>
    public static string End(int partsBefore) => (partsBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for a part's id.</summary>
    public static bool IsPart(string fillId) => fillId.EndsWith('p');
}
