
namespace Trader.Domain;

/// <summary>Executions of orders.</summary>
public interface IFillStore
{
    /// <summary>
    /// Records a fill of an order already in the order store. Returns false when that fill (same order and fill id)
    /// was already recorded, so replaying an exchange's trade list is harmless.
    /// </summary>
    Task<bool> AddAsync(Fill fill, CancellationToken ct);

    /// <summary>The fills of one order, oldest first.</summary>
    Task<IReadOnlyList<Fill>> ListByOrderAsync(string clientOrderId, CancellationToken ct);
}
