namespace Trader.Risk.Trades;

/// <summary>Running win/loss statistics of closed trades, in O(1) per trade. A trade with zero P&amp;L counts as a loss of size 0.</summary>
public sealed class TradeStats
{
    private decimal _sumWinReturn;
    private decimal _sumLossReturn;

    /// <summary>Closed trades seen.</summary>
    public int Count { get; private set; }

    /// <summary>Trades with positive P&amp;L.</summary>
    public int Wins { get; private set; }

    /// <summary>Trades with zero or negative P&amp;L.</summary>
    public int Losses => Count - Wins;

    /// <summary>Wins / Count, 0 when no trade has closed.</summary>
    public decimal WinRate => Count == 0 ? 0m : (decimal)Wins / Count;

    /// <summary>Mean return of winning trades as a fraction of cost, 0 when none.</summary>
    public decimal AverageWin => Wins == 0 ? 0m : _sumWinReturn / Wins;

    /// <summary>Mean size of losing trades' returns as a positive fraction of cost, 0 when none.</summary>
    public decimal AverageLoss => Losses == 0 ? 0m : _sumLossReturn / Losses;

    /// <summary>Adds one closed trade.</summary>
    public void Add(TradeResult trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(trade.CostQuote, 0m, nameof(trade));
        Count++;
        decimal r = trade.ReturnFraction;
        if (r > 0m)
        {
            Wins++;
            _sumWinReturn += r;
        }
        else
        {
            _sumLossReturn += -r;
        }
    }
}
