namespace Trader.Execution.Journal;

/// <summary>
/// Equity at a candle close as the engine's books stand: the books of the last fill marked at the close. Cheap to make
/// (nothing is computed); the exact decimal figures are computed when read.
/// </summary>
/// <param name="TimeMs">UTC Unix ms of the close.</param>
/// <param name="Close">The close price the lots are marked at.</param>
/// <param name="Book">Cash and lots after the last fill.</param>
public readonly record struct EquityMark(long TimeMs, double Close, EquityBook Book)
{
    /// <summary>Free quote balance, exact.</summary>
    public decimal Cash => Book.Cash;

    /// <summary>The lots marked at the close, exact.</summary>
    public decimal PositionValue => Book.PositionValue(Close);

    /// <summary>Cash plus the lots marked at the close, exact.</summary>
    public decimal Equity => Book.EquityAt(Close);

    /// <summary>Equity in double (<see cref="EquityBook.Mark"/>), for curves and ratios.</summary>
    public double Value => Book.Mark(Close);

    /// <summary>The exact point.</summary>
    public EquityPoint ToPoint()
    {
        decimal positionValue = PositionValue;
        return new EquityPoint(TimeMs, Book.Cash + positionValue, Book.Cash, positionValue);
    }

    /// <summary>A mark that reads back as <paramref name="point"/> (its position value held as one lot at price 1).</summary>
    public static EquityMark Of(EquityPoint point) => new(point.TimeMs, 1.0, new EquityBook(point.Cash, [point.PositionValue]));
}
