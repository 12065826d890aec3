using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Trader.Domain;
using Trader.Database.Stores;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>
/// Candles in PostgreSQL. An upsert streams the batch with binary COPY into a temporary table and merges it with one
/// <c>INSERT ... SELECT ... ON CONFLICT DO UPDATE</c>: a round trip per batch rather than per row, and the same
/// idempotent result as the SQLite store (the last of duplicate open times in a batch wins).
/// </summary>
internal sealed class PostgresCandleStore(PostgresExecutor executor) : ICandleStore
{
    private const string CreateLoadTable =
        "CREATE TEMPORARY TABLE candle_load (seq integer, open_time bigint, open double precision, high double precision, " +
        "low double precision, close double precision, volume double precision) ON COMMIT DROP";

    private const string Copy = "COPY candle_load (seq, open_time, open, high, low, close, volume) FROM STDIN (FORMAT BINARY)";

    private const string MergeConflict =
        " ON CONFLICT (series_id, open_time) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low, " +
        "close = excluded.close, volume = excluded.volume";

    // A batch in strictly ascending open times (the usual case: exchange pages, CSV files) has no repeats to remove.
    private const string MergeAscending =
        "INSERT INTO candles (series_id, open_time, open, high, low, close, volume) " +
        "SELECT @seriesId, open_time, open, high, low, close, volume FROM candle_load" + MergeConflict;

    // Otherwise DISTINCT ON keeps one row per open time (the last in the batch), because ON CONFLICT cannot touch a row twice.
    private const string MergeAny =
        "INSERT INTO candles (series_id, open_time, open, high, low, close, volume) " +
        "SELECT DISTINCT ON (open_time) @seriesId, open_time, open, high, low, close, volume FROM candle_load ORDER BY open_time, seq DESC" + MergeConflict;

    private const string SeriesWhere = "exchange = @Exchange AND symbol = @Symbol AND timeframe = @Timeframe";

    // Series ids never change once created, so each process learns a series' id once.
    private readonly ConcurrentDictionary<SeriesKey, int> _seriesIds = new();

    public async Task<CandleUpsertResult> UpsertAsync(SeriesKey series, IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var validated = ValidatedCandles.Of(series, candles);
        int written = 0;
        foreach (var batch in validated.Batches(executor.Options.CandlesPerTransaction))
        {
            int seriesId = await executor.WriteAsync($"upsert {batch.Count} candles of {series}", async (connection, transaction) =>
            {
                int id = await SeriesIdAsync(connection, transaction, series).ConfigureAwait(false);
                await connection.ExecuteAsync(CreateLoadTable, transaction: transaction).ConfigureAwait(false);
                await LoadAsync(connection, batch, ct).ConfigureAwait(false);
                await connection.ExecuteAsync(IsAscending(batch) ? MergeAscending : MergeAny, new { seriesId = id }, transaction).ConfigureAwait(false);
                return id;
            }, ct).ConfigureAwait(false);
            // Cached only once committed: after a rollback the series row (and so its id) does not exist.
            _seriesIds.TryAdd(series, seriesId);
            written += batch.Count;
        }
        return new CandleUpsertResult(written, validated.Rejected);
    }

    private static bool IsAscending(ArraySegment<Candle> batch)
    {
        for (int i = 1; i < batch.Count; i++)
        {
            if (batch[i].OpenTimeMs <= batch[i - 1].OpenTimeMs) return false;
        }
        return true;
    }

    private static async Task LoadAsync(NpgsqlConnection connection, ArraySegment<Candle> batch, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(Copy, ct).ConfigureAwait(false);
        // Synchronous writes: they only fill Npgsql's buffer (flushing it when full), and an await per value would cost
        // more than the value itself.
        for (int i = 0; i < batch.Count; i++)
        {
            var candle = batch[i];
            writer.StartRow();
            writer.Write(i, NpgsqlDbType.Integer);
            writer.Write(candle.OpenTimeMs, NpgsqlDbType.Bigint);
            writer.Write(candle.Open, NpgsqlDbType.Double);
            writer.Write(candle.High, NpgsqlDbType.Double);
            writer.Write(candle.Low, NpgsqlDbType.Double);
            writer.Write(candle.Close, NpgsqlDbType.Double);
            writer.Write(candle.Volume, NpgsqlDbType.Double);
        }
        await writer.CompleteAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Candle>> ReadRangeAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct) =>
        await ReadArrayAsync(series, fromMs, toMs, ct).ConfigureAwait(false);

    public async Task<Candle[]> ReadArrayAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (toMs <= fromMs) return [];
        return await executor.ReadAsync<Candle[]>($"read candles of {series}", async connection =>
        {
            if (await FindSeriesIdAsync(connection, series).ConfigureAwait(false) is not { } seriesId) return [];
            CandleArrayBuilder candles;
            // Both ends by index in one round trip: the server plans each of min and max as a one-row index scan.
            await using (var edges = Range(connection, "min(open_time), max(open_time)", seriesId, fromMs, toMs, ordered: false))
            await using (var bounds = await edges.ExecuteReaderAsync(ct).ConfigureAwait(false))
            {
                await bounds.ReadAsync(ct).ConfigureAwait(false);
                candles = new CandleArrayBuilder(series.Timeframe, bounds.IsDBNull(0) ? null : bounds.GetInt64(0), bounds.IsDBNull(1) ? null : bounds.GetInt64(1));
            }
            await using var command = Range(connection, "open_time, open, high, low, close, volume", seriesId, fromMs, toMs);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                candles.Add(new Candle(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5)));
            return candles.ToArray();
        }, ct).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ReadOnlyMemory<Candle>> StreamAsync(SeriesKey series, long fromMs, long toMs, [EnumeratorCancellation] CancellationToken ct)
    {
        // One chunk, the whole range read as ReadArrayAsync reads it: a read ahead in chunks is SQLite's (the embedded
        // default, where a backtest's reading and replaying compete for the same process).
        var candles = await ReadArrayAsync(series, fromMs, toMs, ct).ConfigureAwait(false);
        if (candles.Length > 0) yield return candles;
    }

    public Task<long?> EarliestOpenTimeAsync(SeriesKey series, CancellationToken ct) => OpenTimeAsync(series, "min", "earliest", ct);

    public Task<long?> LatestOpenTimeAsync(SeriesKey series, CancellationToken ct) => OpenTimeAsync(series, "max", "latest", ct);

    // min or max of open_time (an index range scan either way); a constant SQL aggregate name, never user input.
    private Task<long?> OpenTimeAsync(SeriesKey series, string aggregate, string which, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        return executor.ReadAsync($"read the {which} candle of {series}", async connection =>
            await FindSeriesIdAsync(connection, series).ConfigureAwait(false) is { } seriesId
                ? await connection.ExecuteScalarAsync<long?>($"SELECT {aggregate}(open_time) FROM candles WHERE series_id = @seriesId", new { seriesId }).ConfigureAwait(false)
                : null, ct);
    }

    public async Task<IReadOnlyList<OpenTimeRange>> FindGapsAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var walk = new GapWalk(series.Timeframe, fromMs, toMs);
        if (walk.IsEmpty) return [];
        return await executor.ReadAsync($"find gaps in {series}", async connection =>
        {
            if (await FindSeriesIdAsync(connection, series).ConfigureAwait(false) is not { } seriesId) return walk.Finish();
            await using (var command = Range(connection, "open_time", seriesId, walk.Next, toMs))
            await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false)) walk.See(reader.GetInt64(0));
            }
            var gaps = walk.Finish();
            return gaps.Count == 0 ? gaps : gaps.Without(await HolesAsync(connection, series, fromMs, toMs).ConfigureAwait(false));
        }, ct).ConfigureAwait(false);
    }

    public async Task RecordHolesAsync(SeriesKey series, IReadOnlyList<OpenTimeRange> holes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (holes.Count == 0) return;
        await executor.WriteAsync($"record {holes.Count} holes in {series}", (connection, transaction) =>
            connection.ExecuteAsync(CandleHoleSql.Record, holes.Select(h => CandleHoleSql.Row(series, h)), transaction), ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<OpenTimeRange>> FindHolesAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        return executor.ReadAsync($"read the holes in {series}", connection => HolesAsync(connection, series, fromMs, toMs), ct);
    }

    private static async Task<IReadOnlyList<OpenTimeRange>> HolesAsync(NpgsqlConnection connection, SeriesKey series, long fromMs, long toMs) =>
        CandleHoleSql.Clip(await connection.QueryAsync<(long, long)>(CandleHoleSql.Meeting, CandleHoleSql.Range(series, fromMs, toMs)).ConfigureAwait(false), fromMs, toMs);

    private static NpgsqlCommand Range(NpgsqlConnection connection, string columns, int seriesId, long fromMs, long toMs, bool ordered = true) => new(
        $"SELECT {columns} FROM candles WHERE series_id = $1 AND open_time >= $2 AND open_time < $3{(ordered ? " ORDER BY open_time" : "")}", connection)
    {
        Parameters = { new NpgsqlParameter<int> { TypedValue = seriesId }, new NpgsqlParameter<long> { TypedValue = fromMs }, new NpgsqlParameter<long> { TypedValue = toMs } },
    };

    private async Task<int> SeriesIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SeriesKey series)
    {
        if (_seriesIds.TryGetValue(series, out int id)) return id;
        var key = SeriesParameters(series);
        await connection.ExecuteAsync(
            "INSERT INTO series (exchange, symbol, timeframe) VALUES (@Exchange, @Symbol, @Timeframe) ON CONFLICT DO NOTHING", key, transaction).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>($"SELECT id FROM series WHERE {SeriesWhere}", key, transaction).ConfigureAwait(false);
    }

    private async Task<int?> FindSeriesIdAsync(NpgsqlConnection connection, SeriesKey series)
    {
        if (_seriesIds.TryGetValue(series, out int cached)) return cached;
        int? id = await connection.ExecuteScalarAsync<int?>($"SELECT id FROM series WHERE {SeriesWhere}", SeriesParameters(series)).ConfigureAwait(false);
        if (id is { } found) _seriesIds.TryAdd(series, found);
        return id;
    }

    private static object SeriesParameters(SeriesKey series) => new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString() };
}
