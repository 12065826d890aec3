
namespace Trader.Domain;

/// <summary>Orders, keyed by client order id.</summary>
public interface IOrderStore
{
    /// <summary>
    /// Inserts the order or, when its client order id exists, replaces its mutable state (exchange order id,
    /// status, price, amount, filled, average, fee, updated time, reason). Safe to repeat after a crash.
    /// </summary>
    Task UpsertAsync(Order order, CancellationToken ct);

    /// <summary>
    /// Upserts the order (as <see cref="UpsertAsync"/>) and records its <paramref name="fills"/> (a fill already recorded
    /// is kept) in one transaction: after a crash the database holds both or neither, so an order is never recorded
    /// filled without its fill.
    /// </summary>
    Task UpsertWithFillsAsync(Order order, IReadOnlyList<Fill> fills, CancellationToken ct);

    /// <summary>
    /// As <see cref="UpsertWithFillsAsync(Order, IReadOnlyList{Fill}, CancellationToken)"/>, and writes <paramref name="alert"/> to the
    /// alert outbox (<see cref="IAlertStore"/>) in the same transaction, at <paramref name="createdMs"/>: a filled order is never
    /// recorded without its alert, nor the alert without the order.
    /// </summary>
    Task UpsertWithFillsAsync(Order order, IReadOnlyList<Fill> fills, AlertEvent alert, long createdMs, CancellationToken ct);

    /// <summary>The order with that client order id, or null.</summary>
    Task<Order?> GetAsync(string clientOrderId, CancellationToken ct);

    /// <summary>The instance's orders with status open, oldest first (what reconciliation checks after a restart).</summary>
    Task<IReadOnlyList<Order>> ListOpenAsync(string instanceName, CancellationToken ct);

    /// <summary>All of the instance's orders, oldest first.</summary>
    Task<IReadOnlyList<Order>> ListAsync(string instanceName, CancellationToken ct);
}
