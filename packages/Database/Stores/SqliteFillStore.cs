using Dapper;
using Microsoft.Data.Sqlite;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Fills in SQLite, unique per (client order id, fill id); each must belong to a stored order.</summary>
internal sealed class SqliteFillStore(SqliteExecutor executor) : IFillStore
{
    private const int ForeignKeyConstraint = 787;

    public async Task<bool> AddAsync(Fill fill, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fill);
        try
        {
            return await executor.WriteAsync($"store fill {fill.FillId} of order {fill.ClientOrderId}", (connection, transaction) => connection.Execute(
                """
                INSERT INTO fills (client_order_id, fill_id, symbol, side, price, amount, fee, fee_currency, time_ms)
                VALUES (@ClientOrderId, @FillId, @Symbol, @Side, @Price, @Amount, @Fee, @FeeCurrency, @TimeMs)
                ON CONFLICT (client_order_id, fill_id) DO NOTHING
                """,
                new
                {
                    fill.ClientOrderId,
                    fill.FillId,
                    fill.Symbol,
                    Side = EnumText.ToText(fill.Side),
                    Price = Money.ToText(fill.Price),
                    Amount = Money.ToText(fill.Amount),
                    Fee = Money.ToText(fill.Fee),
                    fill.FeeCurrency,
                    fill.TimeMs,
                }, transaction) == 1, ct).ConfigureAwait(false);
        }
        catch (DatabaseException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: ForeignKeyConstraint })
        {
            throw new DatabaseException(
                $"Cannot store fill {fill.FillId}: order {fill.ClientOrderId} is not in the database. Store the order before its fills.", e.InnerException);
        }
    }

    public Task<IReadOnlyList<Fill>> ListByOrderAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"list fills of order {clientOrderId}", connection => (IReadOnlyList<Fill>)connection.Query<FillRow>(
                """
                SELECT client_order_id AS ClientOrderId, fill_id AS FillId, symbol AS Symbol, side AS Side, price AS Price,
                       amount AS Amount, fee AS Fee, fee_currency AS FeeCurrency, time_ms AS TimeMs
                FROM fills WHERE client_order_id = @clientOrderId ORDER BY time_ms, fill_id
                """, new { clientOrderId })
            .Select(r => r.ToFill()).ToList(), ct);

    private sealed class FillRow
    {
        public string ClientOrderId { get; init; } = "";
        public string FillId { get; init; } = "";
        public string Symbol { get; init; } = "";
        public string Side { get; init; } = "";
        public string Price { get; init; } = "";
        public string Amount { get; init; } = "";
        public string Fee { get; init; } = "";
        public string FeeCurrency { get; init; } = "";
        public long TimeMs { get; init; }

        public Fill ToFill() => new(ClientOrderId, FillId, Symbol, EnumText.Parse<OrderSide>(Side),
            Money.Parse(Price), Money.Parse(Amount), Money.Parse(Fee), FeeCurrency, TimeMs);
    }
}
