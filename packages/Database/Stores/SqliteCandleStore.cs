using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using Trader.Database.Stores.Sql;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>
/// Candles in SQLite. The hot paths (bulk upsert, range read) use one prepared statement and a typed reader
/// through SQLitePCL directly (<see cref="RawStatement"/>) rather than
/// Dapper or ADO.NET, which box every value and allocate per row.
/// </summary>
internal sealed class SqliteCandleStore(SqliteExecutor executor) : ICandleStore
{
    private const string RangeSql = "FROM candles WHERE series_id = ?1 AND open_time >= ?2 AND open_time < ?3 ORDER BY open_time";

    // Rows per multi-row INSERT: binding 50 rows and stepping once costs far less per row than 50 single-row steps.
    private const int RowsPerStatement = 50;
    private static readonly string UpsertBlockSql = UpsertSql(RowsPerStatement);
    private static readonly string UpsertRowSql = UpsertSql(1);

    // Series ids never change once created, so each process learns a series' id once.
    private readonly ConcurrentDictionary<SeriesKey, long> _seriesIds = new();

    public async Task<CandleUpsertResult> UpsertAsync(SeriesKey series, IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var validated = ValidatedCandles.Of(series, candles);
        int written = 0;
        foreach (var batch in validated.Batches(executor.Options.CandlesPerTransaction))
        {
            var (seriesId, inserted) = await executor.WriteAsync($"upsert {batch.Count} candles of {series}", (connection, transaction) =>
            {
                long id = SeriesId(connection, transaction, series);
                return (id, Insert(connection, id, batch));
            }, ct).ConfigureAwait(false);
            // Cached only once committed: an id from a rolled-back transaction could be reused for another series.
            _seriesIds.TryAdd(series, seriesId);
            written += inserted;
        }
        return new CandleUpsertResult(written, validated.Rejected);
    }

    /// <summary>Parameter 1 is the series id; row r uses parameters 2 + 6r .. 7 + 6r.</summary>
    private static string UpsertSql(int rows) =>
        "INSERT INTO candles (series_id, open_time, open, high, low, close, volume) VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"(?1, ?{2 + 6 * r}, ?{3 + 6 * r}, ?{4 + 6 * r}, ?{5 + 6 * r}, ?{6 + 6 * r}, ?{7 + 6 * r})")) +
        " ON CONFLICT (series_id, open_time) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low, " +
        "close = excluded.close, volume = excluded.volume";

    private static int Insert(SqliteConnection connection, long seriesId, ReadOnlySpan<Candle> candles)
    {
        using var block = new RawStatement(connection, UpsertBlockSql);
        using var single = new RawStatement(connection, UpsertRowSql);
        block.Bind(1, seriesId);
        single.Bind(1, seriesId);
        int i = 0;
        for (; i + RowsPerStatement <= candles.Length; i += RowsPerStatement)
        {
            for (int r = 0; r < RowsPerStatement; r++) BindRow(block, 2 + 6 * r, candles[i + r]);
            block.Execute();
        }
        for (; i < candles.Length; i++)
        {
            BindRow(single, 2, candles[i]);
            single.Execute();
        }
        return candles.Length;
    }

    private static void BindRow(RawStatement statement, int first, in Candle candle)
    {
        statement.Bind(first, candle.OpenTimeMs);
        statement.Bind(first + 1, candle.Open);
        statement.Bind(first + 2, candle.High);
        statement.Bind(first + 3, candle.Low);
        statement.Bind(first + 4, candle.Close);
        statement.Bind(first + 5, candle.Volume);
    }

    public async Task<IReadOnlyList<Candle>> ReadRangeAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct) =>
        await ReadArrayAsync(series, fromMs, toMs, ct).ConfigureAwait(false);

    public async Task<Candle[]> ReadArrayAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (toMs <= fromMs) return [];
        return await executor.ReadAsync<Candle[]>($"read candles of {series}", connection =>
        {
            if (FindSeriesId(connection, series) is not { } seriesId) return [];
            var candles = new CandleArrayBuilder(series.Timeframe, Edge(connection, "min", seriesId, fromMs, toMs), Edge(connection, "max", seriesId, fromMs, toMs));
            using var statement = Range(connection, "open_time, open, high, low, close, volume", seriesId, fromMs, toMs);
            while (statement.Step())
                candles.Add(new Candle(statement.Int64(0), statement.Double(1), statement.Double(2), statement.Double(3), statement.Double(4), statement.Double(5)));
            return candles.ToArray();
        }, ct).ConfigureAwait(false);
    }

    public Task<long?> EarliestOpenTimeAsync(SeriesKey series, CancellationToken ct) => OpenTimeAsync(series, "min", "earliest", ct);

    public Task<long?> LatestOpenTimeAsync(SeriesKey series, CancellationToken ct) => OpenTimeAsync(series, "max", "latest", ct);

    // min or max of open_time (an index range scan either way); a constant SQL aggregate name, never user input.
    private Task<long?> OpenTimeAsync(SeriesKey series, string aggregate, string which, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        return executor.ReadAsync($"read the {which} candle of {series}", connection =>
            FindSeriesId(connection, series) is { } seriesId
                ? connection.ExecuteScalar<long?>($"SELECT {aggregate}(open_time) FROM candles WHERE series_id = @seriesId", new { seriesId })
                : null, ct);
    }

    public async Task<IReadOnlyList<OpenTimeRange>> FindGapsAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var walk = new GapWalk(series.Timeframe, fromMs, toMs);
        if (walk.IsEmpty) return [];
        return await executor.ReadAsync($"find gaps in {series}", connection =>
        {
            if (FindSeriesId(connection, series) is not { } seriesId) return walk.Finish();
            using (var statement = Range(connection, "open_time", seriesId, walk.Next, toMs))
            {
                while (statement.Step()) walk.See(statement.Int64(0));
            }
            var gaps = walk.Finish();
            return gaps.Count == 0 ? gaps : gaps.Without(Holes(connection, series, fromMs, toMs));
        }, ct).ConfigureAwait(false);
    }

    public async Task RecordHolesAsync(SeriesKey series, IReadOnlyList<OpenTimeRange> holes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (holes.Count == 0) return;
        await executor.WriteAsync($"record {holes.Count} holes in {series}", (connection, transaction) =>
            connection.Execute(CandleHoleSql.Record, holes.Select(h => CandleHoleSql.Row(series, h)), transaction), ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<OpenTimeRange>> FindHolesAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        return executor.ReadAsync($"read the holes in {series}", connection => Holes(connection, series, fromMs, toMs), ct);
    }

    private static IReadOnlyList<OpenTimeRange> Holes(SqliteConnection connection, SeriesKey series, long fromMs, long toMs) =>
        CandleHoleSql.Clip(connection.Query<(long, long)>(CandleHoleSql.Meeting, CandleHoleSql.Range(series, fromMs, toMs)), fromMs, toMs);

    private static RawStatement Range(SqliteConnection connection, string columns, long seriesId, long fromMs, long toMs)
    {
        var statement = new RawStatement(connection, $"SELECT {columns} {RangeSql}");
        statement.Bind(1, seriesId);
        statement.Bind(2, fromMs);
        statement.Bind(3, toMs);
        return statement;
    }

    // The first or last stored open time in the range (an index seek): two of them size a read's array (CandleArrayBuilder).
    private static long? Edge(SqliteConnection connection, string aggregate, long seriesId, long fromMs, long toMs)
    {
        using var statement = new RawStatement(connection,
            $"SELECT {aggregate}(open_time) FROM candles WHERE series_id = ?1 AND open_time >= ?2 AND open_time < ?3");
        statement.Bind(1, seriesId);
        statement.Bind(2, fromMs);
        statement.Bind(3, toMs);
        return statement.Step() && !statement.IsNull(0) ? statement.Int64(0) : null;
    }

    private long SeriesId(SqliteConnection connection, SqliteTransaction transaction, SeriesKey series)
    {
        if (_seriesIds.TryGetValue(series, out long id)) return id;
        connection.Execute(
            "INSERT INTO series (exchange, symbol, timeframe) VALUES (@Exchange, @Symbol, @Timeframe) ON CONFLICT DO NOTHING",
            new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString() }, transaction);
        return connection.ExecuteScalar<long>(
            "SELECT id FROM series WHERE exchange = @Exchange AND symbol = @Symbol AND timeframe = @Timeframe",
            new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString() }, transaction);
    }

    private long? FindSeriesId(SqliteConnection connection, SeriesKey series)
    {
        if (_seriesIds.TryGetValue(series, out long cached)) return cached;
        long? id = connection.ExecuteScalar<long?>(
            "SELECT id FROM series WHERE exchange = @Exchange AND symbol = @Symbol AND timeframe = @Timeframe",
            new { series.Exchange, series.Symbol, Timeframe = series.Timeframe.ToString() });
        if (id is { } found) _seriesIds.TryAdd(series, found);
        return id;
    }
}
