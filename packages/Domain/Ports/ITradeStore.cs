
namespace Trader.Domain;

/// <summary>Round trips (positions from entry to exit).</summary>
public interface ITradeStore
{
    /// <summary>Stores a newly opened trade (its <see cref="Trade.Id"/> and <see cref="Trade.Exit"/> are ignored) and returns it with its id.</summary>
    Task<Trade> OpenAsync(Trade trade, CancellationToken ct);

    /// <summary>
    /// Sets an open trade's amount and average entry price (a limit entry filling in parts grows its position). Returns
    /// false when the trade does not exist or is closed (nothing changes).
    /// </summary>
    Task<bool> ResizeAsync(long tradeId, decimal amount, decimal entryPrice, CancellationToken ct);

    /// <summary>Closes an open trade. Returns false when the trade does not exist or is already closed (nothing changes).</summary>
    Task<bool> CloseAsync(long tradeId, TradeExit exit, CancellationToken ct);

    /// <summary>The trade with that id, or null.</summary>
    Task<Trade?> GetAsync(long tradeId, CancellationToken ct);

    /// <summary>The instance's open trades, oldest first.</summary>
    Task<IReadOnlyList<Trade>> ListOpenAsync(string instanceName, CancellationToken ct);

    /// <summary>All of the instance's trades, oldest first.</summary>
    Task<IReadOnlyList<Trade>> ListAsync(string instanceName, CancellationToken ct);
}
