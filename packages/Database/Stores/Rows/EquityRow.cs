using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>An <c>equity_snapshots</c> row as both backends return it; money arrives as its exact decimal text.</summary>
internal sealed class EquityRow
{
    public string Instance { get; init; } = "";
    public long TimeMs { get; init; }
    public string Equity { get; init; } = "";
    public string Cash { get; init; } = "";
    public string PositionValue { get; init; } = "";

    public EquitySnapshot ToSnapshot() => new(Instance, TimeMs, Money.Parse(Equity), Money.Parse(Cash), Money.Parse(PositionValue));
}
