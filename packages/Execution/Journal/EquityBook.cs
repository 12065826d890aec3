using Trader.Risk.Gates;

namespace Trader.Execution.Journal;

/// <summary>
/// The engine's books between two fills: free cash and the lots held, exact in decimal, with their <c>double</c> images
/// for marking to market. Immutable: every fill makes a new one, so the double images are taken from the exact books
/// at each fill and never drift however many candles are marked in between.
/// </summary>
public sealed class EquityBook : IMarkableBook
{
    private readonly decimal[] _lots;

    /// <param name="cash">Free quote currency.</param>
    /// <param name="lots">Base amount of each open lot, oldest first; empty when flat.</param>
    public EquityBook(decimal cash, IReadOnlyList<decimal> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        Cash = cash;
        _lots = [.. lots];
        decimal holding = 0m;
        foreach (var lot in _lots) holding += lot;
        Holding = holding;
        CashValue = (double)cash;
        HoldingValue = (double)holding;
    }

    /// <summary>Free quote currency.</summary>
    public decimal Cash { get; }

    /// <summary>Base currency held over every lot.</summary>
    public decimal Holding { get; }

    /// <summary><see cref="Cash"/> as a double.</summary>
    public double CashValue { get; }

    /// <summary><see cref="Holding"/> as a double.</summary>
    public double HoldingValue { get; }

    /// <summary>The lots marked at <paramref name="close"/>, exact: Σ amount × close in decimal, lot by lot.</summary>
    public decimal PositionValue(double close)
    {
        if (_lots.Length == 0) return 0m;
        decimal price = (decimal)close;
        decimal value = 0m;
        foreach (var lot in _lots) value += lot * price;
        return value;
    }

    /// <summary>Equity marked at <paramref name="close"/> in double: exactly <c>(double)Cash</c> when flat, and within a few
    /// units in the last place of the exact <c>Cash + PositionValue(close)</c> when holding.</summary>
    public double Mark(double close) => CashValue + HoldingValue * close;

    /// <inheritdoc />
    public decimal EquityAt(double close) => Cash + PositionValue(close);

    /// <inheritdoc />
    public double MarkAt(double close) => Mark(close);
}
