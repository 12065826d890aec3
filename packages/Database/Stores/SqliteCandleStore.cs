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
        for (int attempt = 1; ; attempt++)
        {
            var stored = await executor.ReadAsync($"find the candles of {series}", connection =>
                FindSeriesId(connection, series) is { } id && Edge(connection, "min", id, fromMs, toMs) is { } first
                    ? new StoredRange(id, first, Edge(connection, "max", id, fromMs, toMs)!.Value)
                    : null, ct).ConfigureAwait(false);
            if (stored is null) return [];
            // Every open time from the first stored candle to the last: the most rows the range can hold, and exactly
            // as many when it has no gaps. A span far larger (a sparse series) is counted instead.
            long slots = series.Timeframe.CountOpenTimes(stored.FirstMs, stored.LastMs + 1);
            bool slotPerOpenTime = slots <= MaxSlots;
            if (!slotPerOpenTime)
            {
                slots = await executor.ReadAsync($"count the candles of {series}", connection => Count(connection, stored), ct).ConfigureAwait(false);
                if (slots > Array.MaxLength) throw new DatabaseException($"{series} has {slots} candles in the range, more than one array holds; read a shorter range.");
            }
            if (await ReadSlotsAsync(series, stored, (int)slots, slotPerOpenTime, ct).ConfigureAwait(false) is { } candles) return candles;
            // More rows than slots: a writer added candles between the two reads. Read again (the writer is brief).
            if (attempt == 3) throw new DatabaseException($"Could not read candles of {series}: another process kept adding candles to the range. Retry.");
        }
    }

    // Reads of this many slots or more are split in two halves read at once on two connections: SQLite decodes each row
    // on the reading thread, so with a second core the read takes about half the time.
    internal const long ParallelFrom = 200_000;

    // Past this many open times (a sparse series, or decades of minutes), the rows are counted rather than assumed.
    private const long MaxSlots = 1 << 24;

    /// <summary>The stored candles of a series between two open times (both included).</summary>
    private sealed record StoredRange(long SeriesId, long FirstMs, long LastMs);

    // The candles of the range in an array of exactly their number, or null when there were more rows than slots.
    // slotPerOpenTime: the slots are the range's open times (not a count of rows), so the range can be read in halves.
    private async Task<Candle[]?> ReadSlotsAsync(SeriesKey series, StoredRange stored, int slots, bool slotPerOpenTime, CancellationToken ct)
    {
        var candles = GC.AllocateUninitializedArray<Candle>(slots);   // every slot kept is written before it is read
        long endMs = stored.LastMs + 1;
        int count;
        if (slots < ParallelFrom || !slotPerOpenTime || series.Timeframe.IsCalendar)
        {
            count = await executor.ReadAsync($"read candles of {series}", connection => Fill(connection, stored.SeriesId, stored.FirstMs, endMs, candles, 0, slots), ct)
                .ConfigureAwait(false);
        }
        else
        {
            // Slots map to open times one to one, so each half has exactly the slots its open times need.
            int half = slots / 2;
            long middleMs = stored.FirstMs + half * series.Timeframe.DurationMs;
            var halves = await Task.WhenAll(
                Task.Run(() => executor.ReadAsync($"read candles of {series}", connection => Fill(connection, stored.SeriesId, stored.FirstMs, middleMs, candles, 0, half), ct), ct),
                Task.Run(() => executor.ReadAsync($"read candles of {series}", connection => Fill(connection, stored.SeriesId, middleMs, endMs, candles, half, slots - half), ct), ct))
                .ConfigureAwait(false);
            int early = halves[0], late = halves[1];
            if (early < 0 || late < 0) return null;
            // Gaps in the first half leave empty slots before the second: close them up.
            if (early < half) Array.Copy(candles, half, candles, early, late);
            count = early + late;
        }
        if (count < 0) return null;
        return count == candles.Length ? candles : candles.AsSpan(0, count).ToArray();
    }

    // Reads [fromMs, toMs) into candles[start .. start + length); the number read, or -1 when more rows came than fit.
    private static int Fill(SqliteConnection connection, long seriesId, long fromMs, long toMs, Candle[] candles, int start, int length)
    {
        using var statement = Range(connection, CandleColumns, seriesId, fromMs, toMs);
        int end = start + length, i = start;
        while (statement.Step())
        {
            if (i == end) return -1;
            candles[i++] = Row(statement);
        }
        return i - start;
    }

    public IAsyncEnumerable<ReadOnlyMemory<Candle>> StreamAsync(SeriesKey series, long fromMs, long toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        // Where a retried read (the database was busy) resumes: after the last candle delivered, never twice.
        long nextMs = fromMs;
        return CandleChunks.ReadAsync(chunks => toMs <= fromMs ? Task.CompletedTask : executor.ReadAsync($"read candles of {series}", connection =>
        {
            if (FindSeriesId(connection, series) is not { } seriesId) return 0;
            using var statement = Range(connection, CandleColumns, seriesId, nextMs, toMs);
            var chunk = chunks.Take();
            int length = 0;
            try
            {
                while (statement.Step())
                {
                    chunk[length++] = Row(statement);
                    if (length < chunk.Length) continue;
                    nextMs = chunk[length - 1].OpenTimeMs + 1;
                    chunks.Deliver(chunk, length);
                    chunk = chunks.Take();
                    length = 0;
                }
            }
            catch
            {
                chunks.Release(chunk);
                throw;
            }
            chunks.Deliver(chunk, length);
            return 0;
        }, ct), ct);
    }

    private const string CandleColumns = "open_time, open, high, low, close, volume";

    private static Candle Row(RawStatement statement) =>
        new(statement.Int64(0), statement.Double(1), statement.Double(2), statement.Double(3), statement.Double(4), statement.Double(5));

    private static long Count(SqliteConnection connection, StoredRange stored)
    {
        using var statement = new RawStatement(connection, "SELECT count(*) FROM candles WHERE series_id = ?1 AND open_time >= ?2 AND open_time <= ?3");
        statement.Bind(1, stored.SeriesId);
        statement.Bind(2, stored.FirstMs);
        statement.Bind(3, stored.LastMs);
        return statement.Step() ? statement.Int64(0) : 0;
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

    // The first or last stored open time in the range (an index seek): the two of them size a read's array.
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
