using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Round trips in SQLite; <c>is_open</c> is 1 until the exit is recorded.</summary>
internal sealed class SqliteTradeStore(SqliteExecutor executor) : ITradeStore
{
    public async Task<Trade> OpenAsync(Trade trade, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trade);
        long id = await executor.WriteAsync($"store a new {trade.Symbol} trade of {trade.InstanceName}", (connection, transaction) =>
            connection.ExecuteScalar<long>(
                $"{TradeSql.Insert}; SELECT last_insert_rowid();",
                new
                {
                    trade.InstanceName,
                    trade.Symbol,
                    Side = EnumText.ToText(trade.Side),
                    Amount = Money.ToText(trade.Amount),
                    trade.EntryTimeMs,
                    EntryPrice = Money.ToText(trade.EntryPrice),
                    trade.EntryClientOrderId,
                }, transaction), ct).ConfigureAwait(false);
        return trade with { Id = id, Exit = null };
    }

    public Task<bool> ResizeAsync(long tradeId, decimal amount, decimal entryPrice, CancellationToken ct) =>
        executor.WriteAsync($"resize trade {tradeId}", (connection, transaction) => connection.Execute(
            TradeSql.Resize, new { tradeId, Amount = Money.ToText(amount), EntryPrice = Money.ToText(entryPrice) }, transaction) == 1, ct);

    public Task<bool> CloseAsync(long tradeId, TradeExit exit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exit);
        return executor.WriteAsync($"close trade {tradeId}", (connection, transaction) => connection.Execute(
            TradeSql.Close,
            new
            {
                tradeId,
                exit.TimeMs,
                Price = Money.ToText(exit.Price),
                exit.ClientOrderId,
                Fees = Money.ToText(exit.Fees),
                Pnl = Money.ToText(exit.Pnl),
                exit.Reason,
            }, transaction) == 1, ct);
    }

    public Task<Trade?> GetAsync(long tradeId, CancellationToken ct) =>
        executor.ReadAsync($"read trade {tradeId}", connection =>
            connection.QuerySingleOrDefault<TradeRow>(TradeSql.Get, new { tradeId })?.ToTrade(), ct);

    public Task<IReadOnlyList<Trade>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open trades", TradeSql.OpenOfInstance, instanceName, ct);

    public Task<IReadOnlyList<Trade>> ListAsync(string instanceName, CancellationToken ct) =>
        List("trades", TradeSql.OfInstance, instanceName, ct);

    private Task<IReadOnlyList<Trade>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", connection => (IReadOnlyList<Trade>)connection
            .Query<TradeRow>(TradeSql.List(where), new { instanceName }).Select(r => r.ToTrade()).ToList(), ct);
}
