namespace Trader.Risk.Gates;

/// <summary>
/// Cash and holdings that can be marked at a price: roughly in <c>double</c> (cheap, for screening) or exactly in
/// <c>decimal</c> (when a figure is kept or a breaker may trip).
/// </summary>
public interface IMarkableBook
{
    /// <summary>Equity at <paramref name="close"/>, exact.</summary>
    decimal EquityAt(double close);

    /// <summary>Equity at <paramref name="close"/> in double, within a few units in the last place of <see cref="EquityAt"/>.</summary>
    double MarkAt(double close);
}
