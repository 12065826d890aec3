namespace Trader.Risk.Gates;

/// <summary>
/// Account equity at a point in candle time: a figure, or a book marked at a close and priced exactly only when
/// <see cref="Equity"/> is read (the breakers screen most candles with <see cref="Value"/> and never need it).
/// </summary>
public readonly struct EquityObservation
{
    private readonly IMarkableBook? _book;
    private readonly double _close;
    private readonly decimal _equity;

    /// <param name="timeMs">UTC Unix ms, a candle close; never the wall clock.</param>
    /// <param name="equity">Cash plus open positions marked at the close, in quote currency.</param>
    public EquityObservation(long timeMs, decimal equity)
    {
        TimeMs = timeMs;
        _equity = equity;
    }

    /// <param name="timeMs">UTC Unix ms, a candle close; never the wall clock.</param>
    /// <param name="close">The close the book's holdings are marked at.</param>
    /// <param name="book">Cash and holdings as they stand at the close; must not change afterwards.</param>
    public EquityObservation(long timeMs, double close, IMarkableBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        TimeMs = timeMs;
        _close = close;
        _book = book;
    }

    /// <summary>UTC Unix ms of the observation.</summary>
    public long TimeMs { get; }

    /// <summary>Cash plus open positions marked at the close, in quote currency, exact.</summary>
    public decimal Equity => _book is null ? _equity : _book.EquityAt(_close);

    /// <summary><see cref="Equity"/> in double, within a few units in its last place.</summary>
    public double Value => _book is null ? (double)_equity : _book.MarkAt(_close);
}
