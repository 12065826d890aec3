using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Round trips in PostgreSQL; <c>is_open</c> is 1 until the exit is recorded.</summary>
internal sealed class PostgresTradeStore(PostgresExecutor executor) : ITradeStore
{
    public async Task<Trade> OpenAsync(Trade trade, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trade);
        long id = await executor.WriteAsync($"store a new {trade.Symbol} trade of {trade.InstanceName}", (connection, transaction) =>
            connection.ExecuteScalarAsync<long>($"{TradeSql.Insert} RETURNING id", new
            {
                trade.InstanceName,
                trade.Symbol,
                Side = EnumText.ToText(trade.Side),
                trade.Amount,
                trade.EntryTimeMs,
                trade.EntryPrice,
                trade.EntryClientOrderId,
            }, transaction), ct).ConfigureAwait(false);
        return trade with { Id = id, Exit = null };
    }

    public Task<bool> ResizeAsync(long tradeId, decimal amount, decimal entryPrice, CancellationToken ct) =>
        executor.WriteAsync($"resize trade {tradeId}", async (connection, transaction) => await connection.ExecuteAsync(
            TradeSql.Resize, new { tradeId, Amount = amount, EntryPrice = entryPrice }, transaction).ConfigureAwait(false) == 1, ct);

    public Task<bool> CloseAsync(long tradeId, TradeExit exit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exit);
        return executor.WriteAsync($"close trade {tradeId}", async (connection, transaction) => await connection.ExecuteAsync(
            TradeSql.Close, new { tradeId, exit.TimeMs, exit.Price, exit.ClientOrderId, exit.Fees, exit.Pnl, exit.Reason }, transaction).ConfigureAwait(false) == 1, ct);
    }

    public Task<Trade?> GetAsync(long tradeId, CancellationToken ct) =>
        executor.ReadAsync($"read trade {tradeId}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<TradeRow>(TradeSql.Get, new { tradeId }).ConfigureAwait(false))?.ToTrade(), ct);

    public Task<IReadOnlyList<Trade>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open trades", TradeSql.OpenOfInstance, instanceName, ct);

    public Task<IReadOnlyList<Trade>> ListAsync(string instanceName, CancellationToken ct) =>
        List("trades", TradeSql.OfInstance, instanceName, ct);

    private Task<IReadOnlyList<Trade>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", async connection => (IReadOnlyList<Trade>)(await connection
            .QueryAsync<TradeRow>(TradeSql.List(where), new { instanceName }).ConfigureAwait(false)).Select(r => r.ToTrade()).ToList(), ct);
}
