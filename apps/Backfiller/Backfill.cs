using System.Threading.Channels;
using Serilog;
using Trader.Database;
using Trader.Domain;
using Trader.Exchange;

namespace Trader.Backfiller;

/// <summary>
/// Brings series up to date: fills the gaps inside the stored range, then fetches from the newest stored candle (or
/// the start) to the last candle that has closed by the exchange's own clock. Only missing candles are requested, so a
/// re-run stores nothing twice and rewrites nothing. Fetching (paged at the exchange's limit, through the shared
/// limiter and retries the exchange was built with) overlaps with writing; batches are written whole and in time order,
/// so a process killed at any point leaves a prefix of each range that the next run resumes from. Open times the exchange
/// was asked for and skipped (no trades in that minute, an outage) while returning a later candle are holes: recorded in
/// the store, never asked for again, and not missing (see docs/backfiller.md).
/// </summary>
public sealed class Backfill(IExchange exchange, ICandleStore store, ILogger log, int pageLimit = Backfill.BinancePageLimit, int batchSize = Backfill.DefaultBatchSize)
{
    /// <summary>Binance's largest <c>limit</c> per klines request.</summary>
    public const int BinancePageLimit = 1000;

    /// <summary>Candles per write: one database transaction (the store's own per-transaction size).</summary>
    public const int DefaultBatchSize = 20_000;

    private const int RejectionsLogged = 20;

    /// <summary>Runs every request in turn against one reading of the exchange's clock. Stops between batches when cancelled.</summary>
    public async Task<IReadOnlyList<SeriesReport>> RunAsync(IReadOnlyList<SeriesRequest> requests, IBackfillProgress progress, CancellationToken ct)
    {
        long serverNowMs = await exchange.FetchTimeAsync(ct);
        var reports = new List<SeriesReport>(requests.Count);
        foreach (var request in requests)
        {
            reports.Add(ct.IsCancellationRequested
                ? new SeriesReport(request.Key, 0, 0, [], 0, 0, "stopped before it started")
                : await RunSeriesAsync(request, serverNowMs, progress, ct));
        }
        return reports;
    }

    /// <summary>Fills one series up to the last candle closed at <paramref name="serverNowMs"/> (the exchange's time, Unix ms UTC).</summary>
    public async Task<SeriesReport> RunSeriesAsync(SeriesRequest request, long serverNowMs, IBackfillProgress progress, CancellationToken ct)
    {
        var key = request.Key;
        var tf = key.Timeframe;
        long since = request.StartMs(serverNowMs);
        // Everything opening before the forming candle's open has closed; the forming one is never stored.
        long end = tf.FloorMs(serverNowMs);
        if (request.UntilMs is { } until) end = Math.Min(end, tf.CeilingMs(until));
        if (end <= since) return new SeriesReport(key, 0, 0, [], 0, 0, null);

        var ranges = await PlanAsync(key, since, end, ct);
        int gapCount = ranges.Count(r => r.IsGap);
        long expected = ranges.Sum(r => tf.CountOpenTimes(r.FromMs, r.ToMs));
        progress.Start(key, expected);
        long added = 0;
        var rejected = new List<CandleRejection>();
        string? error = null;
        try
        {
            if (ranges.Count > 0) (added, error) = await FetchAndStoreAsync(key, ranges, rejected, progress, ct);
            if (error is null) await RecordHolesAsync(key, ranges, rejected, ct);
        }
        finally
        {
            progress.Finish(key);
        }

        long missing = Count(tf, await store.FindGapsAsync(key, since, end, CancellationToken.None));
        long holes = Count(tf, await store.FindHolesAsync(key, since, end, CancellationToken.None));
        if (missing > 0 && error is null && rejected.Count == 0)
            error = $"the exchange has sent no candle for {missing} open times in {TimeText.Iso(since)}..{TimeText.Iso(end)} and none after them yet; the next run asks again";
        var report = new SeriesReport(key, added, gapCount, rejected, holes, missing, error);
        log.Information("{Series}: {Added} added, {Gaps} gaps filled, {Rejected} rejected, {Holes} holes, {Missing} missing{Error}",
            key.ToString(), added, gapCount, rejected.Count, holes, missing, error is null ? "" : "; " + error);
        return report;
    }

    private static long Count(Timeframe timeframe, IEnumerable<OpenTimeRange> runs) => runs.Sum(r => r.Count(timeframe));

    // A run the exchange skipped inside a range it answered in full, before a later candle it did return, is a hole. Runs
    // after the last candle returned may still be published, and a run around a refused candle has data that might come
    // back valid: both stay missing and are asked for again.
    private async Task RecordHolesAsync(SeriesKey key, List<PlannedRange> ranges, List<CandleRejection> rejected, CancellationToken ct)
    {
        if (ct.IsCancellationRequested) return;
        var holes = new List<OpenTimeRange>();
        foreach (var range in ranges)
        {
            if (range.LastReturnedMs is not { } last) continue;
            foreach (var gap in await store.FindGapsAsync(key, range.FromMs, last, ct))
            {
                if (!rejected.Any(r => r.Candle.OpenTimeMs >= gap.FirstOpenMs && r.Candle.OpenTimeMs < gap.EndMs)) holes.Add(gap);
            }
        }
        await store.RecordHolesAsync(key, holes, ct);
    }

    // Gaps inside what is stored first (oldest first), then the tail after the newest stored candle.
    private async Task<List<PlannedRange>> PlanAsync(SeriesKey key, long since, long end, CancellationToken ct)
    {
        var ranges = new List<PlannedRange>();
        var latest = await store.LatestOpenTimeAsync(key, ct);
        long tailFrom = since;
        if (latest is { } newest && newest >= since)
        {
            tailFrom = key.Timeframe.NextOpenMs(newest);
            foreach (var gap in await store.FindGapsAsync(key, since, Math.Min(tailFrom, end), ct))
                ranges.Add(new PlannedRange(gap.FirstOpenMs, gap.EndMs, IsGap: true));
        }
        if (tailFrom < end) ranges.Add(new PlannedRange(tailFrom, end, IsGap: false));
        return ranges;
    }

    private async Task<(long Added, string? Error)> FetchAndStoreAsync(
        SeriesKey key, List<PlannedRange> ranges, List<CandleRejection> rejected, IBackfillProgress progress, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<Candle[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stopFetching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(key, ranges, channel.Writer, stopFetching.Token), CancellationToken.None);
        long added = 0, done = 0;
        string? error = null;
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(CancellationToken.None))
            {
                // A started write always completes, so a stop lands between batches.
                var result = await store.UpsertAsync(key, batch, CancellationToken.None);
                added += result.Written;
                foreach (var r in result.Rejected)
                {
                    if (rejected.Count < RejectionsLogged)
                        log.Warning("{Series}: rejected the candle at {OpenTime}: {Reason}", key.ToString(), TimeText.Iso(r.Candle.OpenTimeMs), r.Reason);
                    rejected.Add(r);
                }
                done += batch.Length;
                progress.Advance(key, done);
                if (ct.IsCancellationRequested) break;
            }
        }
        catch (TraderException e) when (e is not DatabaseCorruptException)
        {
            // The series stops and the others go on; a damaged database stops the run (it would fail every series).
            error = e.Message;
            log.Error("{Series}: stopped: {Error}", key.ToString(), e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            stopFetching.Cancel();
            try { await producer; }
            catch (OperationCanceledException) { }
            catch (TraderException) { }
        }
        if (ct.IsCancellationRequested) error ??= "stopped by a signal";
        return (added, error);
    }

    private async Task ProduceAsync(SeriesKey key, List<PlannedRange> ranges, ChannelWriter<Candle[]> writer, CancellationToken ct)
    {
        try
        {
            var batch = new List<Candle>(batchSize);
            foreach (var range in ranges)
            {
                await foreach (var candle in exchange.FetchOhlcvRangeAsync(key.Symbol, key.Timeframe, range.FromMs, range.ToMs, pageLimit, ct))
                {
                    range.LastReturnedMs = candle.OpenTimeMs;
                    batch.Add(candle);
                    if (batch.Count < batchSize) continue;
                    await writer.WriteAsync([.. batch], ct);
                    batch.Clear();
                }
            }
            if (batch.Count > 0) await writer.WriteAsync([.. batch], ct);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    /// <summary>One range to fetch; <see cref="LastReturnedMs"/> is the open time of the last candle the exchange sent for it.</summary>
    private sealed record PlannedRange(long FromMs, long ToMs, bool IsGap)
    {
        // Written by the fetching task, read once it has been awaited.
        public long? LastReturnedMs { get; set; }
    }
}
