namespace Trader.Domain;

/// <summary>Names one order either by the exchange's id or by our client order id (exactly one is set).</summary>
public readonly record struct OrderRef
{
    private OrderRef(string? id, string? clientOrderId)
    {
        Id = id;
        ClientOrderId = clientOrderId;
    }

    /// <summary>The exchange's order id, or null.</summary>
    public string? Id { get; }

    /// <summary>Our client order id, or null.</summary>
    public string? ClientOrderId { get; }

    /// <summary>By the exchange's order id.</summary>
    public static OrderRef ById(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new OrderRef(id, null);
    }

    /// <summary>By our client order id.</summary>
    public static OrderRef ByClientId(string clientOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        return new OrderRef(null, clientOrderId);
    }

    /// <inheritdoc />
    public override string ToString() => Id is not null ? $"order {Id}" : $"client order {ClientOrderId}";
}
