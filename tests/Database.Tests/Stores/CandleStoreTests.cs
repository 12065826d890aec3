using Trader.Domain;
using Trader.Database.Stores;
using Trader.Testing;

namespace Trader.Database.Tests.Stores;

public abstract class CandleStoreTests(DatabaseBackend backend) : IDisposable
{
    protected const long Minute = 60_000;
    protected static readonly SeriesKey Btc = new("binance", "BTC/USDT", Timeframe.M1);
    public void Dispose() => backend.Dispose();

    [Fact]
    public async Task UpsertAsync_ThenReadRange_RoundTripsEveryDoubleExactly()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(7, Timeframe.M1, 1_700_000_000_000, 500);

        var result = await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);
        var read = await db.Candles.ReadRangeAsync(Btc, candles[0].OpenTimeMs, candles[^1].OpenTimeMs + Minute, CancellationToken.None);

        Assert.Equal(500, result.Written);
        Assert.Empty(result.Rejected);
        Assert.Equal(candles, read);
    }

    [Fact]
    public async Task ReadRangeAsync_HalfOpenRange_ExcludesTheEnd()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(1, Timeframe.M1, 0, 10);
        await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);

        var read = await db.Candles.ReadRangeAsync(Btc, 2 * Minute, 5 * Minute, CancellationToken.None);

        Assert.Equal(candles[2..5], read);
    }

    [Fact]
    public async Task ReadArrayAsync_RangesOverASeriesWithGaps_ReturnExactlyTheStoredCandlesInOrder()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var all = RandomWalk.Generate(13, Timeframe.M1, 1_700_000_040_000, 400);
        // Missing: the first 3, one in the middle, a run of 50, and the last 7.
        var stored = all.Where((_, i) => i >= 3 && i != 100 && (i < 200 || i >= 250) && i < 393).ToArray();
        await db.Candles.UpsertAsync(Btc, stored, CancellationToken.None);
        long t0 = all[0].OpenTimeMs;

        (long From, long To)[] ranges =
        [
            (long.MinValue, long.MaxValue),        // everything
            (t0, t0 + 400 * Minute),               // the whole span, gaps at both ends
            (t0 + 3 * Minute, t0 + 100 * Minute),  // dense: the array is filled exactly
            (t0 + 50 * Minute, t0 + 220 * Minute), // over the single gap and into the run
            (t0 + 210 * Minute, t0 + 240 * Minute),// inside the run: nothing
            (t0 + 199 * Minute + 1, t0 + 251 * Minute - 1), // unaligned bounds
            (t0 + 390 * Minute, long.MaxValue),    // past the last candle
            (t0 + 5 * Minute, t0 + 5 * Minute),    // empty range
        ];
        foreach (var (from, to) in ranges)
        {
            var expected = stored.Where(c => c.OpenTimeMs >= from && c.OpenTimeMs < to).ToArray();

            var read = await db.Candles.ReadArrayAsync(Btc, from, to, CancellationToken.None);

            Assert.Equal(expected, read);
            Assert.Equal(expected, await db.Candles.ReadRangeAsync(Btc, from, to, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ReadArrayAsync_CalendarMonths_ReadsEveryMonthInRange()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var monthly = Btc with { Timeframe = Timeframe.Month1 };
        var months = RandomWalk.Generate(14, Timeframe.Month1, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), 40);
        await db.Candles.UpsertAsync(monthly, months, CancellationToken.None);

        Assert.Equal(months, await db.Candles.ReadArrayAsync(monthly, 0, long.MaxValue, CancellationToken.None));
        Assert.Equal(months[5..37], await db.Candles.ReadArrayAsync(monthly, months[5].OpenTimeMs, months[37].OpenTimeMs, CancellationToken.None));
    }

    [Fact]
    public async Task StreamAsync_RangesOverASeriesWithGaps_DeliverTheStoredCandlesInOrder()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        // Long enough for several of SQLite's reused chunks, with gaps inside and across chunk boundaries.
        int count = 3 * CandleChunks.Size + 1_000;
        var all = RandomWalk.Generate(16, Timeframe.M1, 1_700_000_040_000, count);
        var stored = all.Where((_, i) => i != 5 && (i < CandleChunks.Size - 10 || i >= CandleChunks.Size + 20) && i < count - 3).ToArray();
        await db.Candles.UpsertAsync(Btc, stored, CancellationToken.None);
        long t0 = all[0].OpenTimeMs;

        (long From, long To)[] ranges =
        [
            (long.MinValue, long.MaxValue),
            (t0 + 100 * Minute, t0 + 2L * CandleChunks.Size * Minute + 7), // unaligned end
            (t0 + CandleChunks.Size * Minute, t0 + (CandleChunks.Size + 15) * Minute), // inside a gap: nothing
            (t0 + 5 * Minute, t0 + 5 * Minute),    // empty range
        ];
        foreach (var (from, to) in ranges)
        {
            var expected = stored.Where(c => c.OpenTimeMs >= from && c.OpenTimeMs < to).ToArray();
            var read = new List<Candle>();
            await foreach (var chunk in db.Candles.StreamAsync(Btc, from, to, CancellationToken.None))
            {
                Assert.False(chunk.IsEmpty);
                // A chunk is ours only until the next is asked for: copy it, slowly, while the read runs ahead.
                read.AddRange(chunk.ToArray());
                await Task.Delay(1);
            }

            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public async Task StreamAsync_ConsumerStopsEarly_EndsTheReadAndTheNextReadWorks()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(17, Timeframe.M1, 0, 2 * CandleChunks.Size * CandleChunks.Count);
        await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);

        await foreach (var chunk in db.Candles.StreamAsync(Btc, 0, long.MaxValue, CancellationToken.None))
        {
            Assert.Equal(candles[0], chunk.Span[0]);
            break; // the producer, blocked on a full pool, must be released
        }
        var again = await db.Candles.StreamAsync(Btc, 0, long.MaxValue, CancellationToken.None)
            .Select(chunk => chunk.Length).SumAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(candles.Length, again);
    }

    [Fact]
    public async Task ReadArrayAsync_UnknownSeries_ReturnsNoCandles()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Candles.UpsertAsync(Btc, RandomWalk.Generate(15, Timeframe.M1, 0, 10), CancellationToken.None);

        Assert.Empty(await db.Candles.ReadArrayAsync(Btc with { Symbol = "ETH/USDT" }, 0, long.MaxValue, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_SameCandlesTwice_KeepsOneRowEachWithTheLatestValues()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(2, Timeframe.M1, 0, 20);
        await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);
        var revised = candles.Select(c => c with { Close = c.Low, Volume = c.Volume + 1 }).ToArray();

        await db.Candles.UpsertAsync(Btc, revised, CancellationToken.None);

        Assert.Equal(revised, await db.Candles.ReadRangeAsync(Btc, 0, 20 * Minute, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_BadRowsInBatch_RejectsThemWithReasonsAndStoresTheRest()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(3, Timeframe.M1, 0, 6);
        candles[1] = candles[1] with { Open = double.NaN };
        candles[4] = candles[4] with { OpenTimeMs = candles[4].OpenTimeMs + 1 };

        var result = await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);
        var stored = await db.Candles.ReadRangeAsync(Btc, 0, 10 * Minute, CancellationToken.None);

        Assert.Equal(4, result.Written);
        Assert.Equal([1, 4], result.Rejected.Select(r => r.Index));
        Assert.Equal("open is NaN, not a finite number", result.Rejected[0].Reason);
        Assert.Contains("not aligned to 1m", result.Rejected[1].Reason);
        Assert.Equal([candles[0], candles[2], candles[3], candles[5]], stored);
    }

    [Fact]
    public async Task UpsertAsync_MoreThanOneTransactionWorth_WritesEveryCandle()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url(), DatabaseOptions.Default with { CandlesPerTransaction = 7 });
        var candles = RandomWalk.Generate(4, Timeframe.M1, 0, 50);

        var result = await db.Candles.UpsertAsync(Btc, candles, CancellationToken.None);

        Assert.Equal(50, result.Written);
        Assert.Equal(candles, await db.Candles.ReadRangeAsync(Btc, 0, 50 * Minute, CancellationToken.None));
    }

    [Fact]
    public async Task ReadRangeAsync_OtherSeries_AreKeptApart()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var eth = Btc with { Symbol = "ETH/USDT" };
        var hourly = Btc with { Timeframe = Timeframe.H1 };
        await db.Candles.UpsertAsync(Btc, RandomWalk.Generate(5, Timeframe.M1, 0, 60), CancellationToken.None);
        await db.Candles.UpsertAsync(eth, RandomWalk.Generate(6, Timeframe.M1, 0, 30), CancellationToken.None);

        Assert.Equal(60, (await db.Candles.ReadRangeAsync(Btc, 0, long.MaxValue, CancellationToken.None)).Count);
        Assert.Equal(30, (await db.Candles.ReadRangeAsync(eth, 0, long.MaxValue, CancellationToken.None)).Count);
        Assert.Empty(await db.Candles.ReadRangeAsync(hourly, 0, long.MaxValue, CancellationToken.None));
    }

    [Fact]
    public async Task LatestOpenTimeAsync_EmptyThenFilled_ReturnsNullThenNewest()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        Assert.Null(await db.Candles.LatestOpenTimeAsync(Btc, CancellationToken.None));
        var candles = RandomWalk.Generate(8, Timeframe.M1, 0, 25);

        await db.Candles.UpsertAsync(Btc, candles.Reverse().ToArray(), CancellationToken.None);

        Assert.Equal(24 * Minute, await db.Candles.LatestOpenTimeAsync(Btc, CancellationToken.None));
    }

    [Fact]
    public async Task EarliestOpenTimeAsync_EmptyThenFilled_ReturnsNullThenOldest()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        Assert.Null(await db.Candles.EarliestOpenTimeAsync(Btc, CancellationToken.None));
        var candles = RandomWalk.Generate(8, Timeframe.M1, 0, 25);

        await db.Candles.UpsertAsync(Btc, candles[3..].Reverse().ToArray(), CancellationToken.None);

        Assert.Equal(3 * Minute, await db.Candles.EarliestOpenTimeAsync(Btc, CancellationToken.None));
    }

    [Fact]
    public async Task FindGapsAsync_HolesAtStartMiddleAndEnd_ReportsEachRun()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var all = RandomWalk.Generate(9, Timeframe.M1, 0, 20);
        await db.Candles.UpsertAsync(Btc, [.. all[2..5], .. all[8..9], .. all[12..15]], CancellationToken.None);

        var gaps = await db.Candles.FindGapsAsync(Btc, 0, 20 * Minute, CancellationToken.None);

        Assert.Equal([new OpenTimeRange(0, 2 * Minute), new OpenTimeRange(5 * Minute, 8 * Minute), new OpenTimeRange(9 * Minute, 12 * Minute), new OpenTimeRange(15 * Minute, 20 * Minute)], gaps);
    }

    [Fact]
    public async Task FindGapsAsync_UnalignedStartAndCompleteSeries_StartsAtNextOpenAndFindsNone()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        await db.Candles.UpsertAsync(Btc, RandomWalk.Generate(10, Timeframe.M1, 0, 10), CancellationToken.None);

        Assert.Empty(await db.Candles.FindGapsAsync(Btc, 30_000, 10 * Minute, CancellationToken.None));
        Assert.Equal([new OpenTimeRange(10 * Minute, 12 * Minute)], await db.Candles.FindGapsAsync(Btc, 30_000, 12 * Minute, CancellationToken.None));
    }

    [Fact]
    public async Task FindGapsAsync_CalendarMonths_UsesMonthArithmetic()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var monthly = Btc with { Timeframe = Timeframe.Month1 };
        var months = RandomWalk.Generate(11, Timeframe.Month1, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), 6);
        await db.Candles.UpsertAsync(monthly, [months[0], months[1], months[4], months[5]], CancellationToken.None);

        var gaps = await db.Candles.FindGapsAsync(monthly, months[0].OpenTimeMs, Timeframe.Month1.NextOpenMs(months[5].OpenTimeMs), CancellationToken.None);

        Assert.Equal([new OpenTimeRange(months[2].OpenTimeMs, months[4].OpenTimeMs)], gaps);
    }

    [Fact]
    public async Task FindGapsAsync_UnknownSeries_WholeRangeIsOneGap()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());

        Assert.Equal([new OpenTimeRange(0, 5 * Minute)], await db.Candles.FindGapsAsync(Btc, 0, 5 * Minute, CancellationToken.None));
    }

    [Fact]
    public async Task FindGapsAsync_RecordedHoles_AreNotMissingButAreListedAsHoles()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var all = RandomWalk.Generate(9, Timeframe.M1, 0, 20);
        await db.Candles.UpsertAsync(Btc, [.. all[..5], .. all[8..12], .. all[15..]], CancellationToken.None);

        // The exchange confirmed 5..8 empty and, twice and overlapping, part of 12..15.
        await db.Candles.RecordHolesAsync(Btc, [new(5 * Minute, 8 * Minute), new(12 * Minute, 13 * Minute), new(12 * Minute, 14 * Minute)], CancellationToken.None);

        Assert.Equal([new OpenTimeRange(14 * Minute, 15 * Minute)], await db.Candles.FindGapsAsync(Btc, 0, 20 * Minute, CancellationToken.None));
        Assert.Equal([new OpenTimeRange(6 * Minute, 8 * Minute), new OpenTimeRange(12 * Minute, 14 * Minute)],
            await db.Candles.FindHolesAsync(Btc, 6 * Minute, 20 * Minute, CancellationToken.None));
        Assert.Empty(await db.Candles.FindHolesAsync(Btc with { Symbol = "ETH/USDT" }, 0, 20 * Minute, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_Cancelled_WritesNothing()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Candles.UpsertAsync(Btc, RandomWalk.Generate(1, Timeframe.M1, 0, 5), cancelled.Token));

        Assert.Null(await db.Candles.LatestOpenTimeAsync(Btc, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertAsync_SameOpenTimeTwiceInOneBatch_KeepsTheLaterOne()
    {
        using var db = await TestDatabase.OpenAsync(backend.Url());
        var candles = RandomWalk.Generate(12, Timeframe.M1, 0, 120);
        var revised = candles[10] with { Volume = 12345 };
        Candle[] batch = [.. candles[..30], revised, .. candles[30..]];   // duplicates inside one multi-row statement

        var result = await db.Candles.UpsertAsync(Btc, batch, CancellationToken.None);

        var stored = await db.Candles.ReadRangeAsync(Btc, 0, long.MaxValue, CancellationToken.None);
        Assert.Equal(121, result.Written);
        Assert.Equal(120, stored.Count);
        Assert.Equal(revised, stored[10]);
    }
}

public sealed class SqliteCandleStoreTests() : CandleStoreTests(DatabaseBackend.Sqlite())
{
    [Fact]
    public async Task ReadArrayAsync_LargeRangeReadInTwoHalves_JoinsThemAcrossGapsInEither()
    {
        using var backend = DatabaseBackend.Sqlite();
        using var db = await TestDatabase.OpenAsync(backend.Url());
        int count = (int)SqliteCandleStore.ParallelFrom * 2 + 1_001;
        var all = RandomWalk.Generate(16, Timeframe.M1, 1_600_000_020_000, count);
        // Gaps: a run early in the first half, a few in the second; the last candle is missing too.
        var stored = all.Where((_, i) => (i < 1_000 || i >= 6_000) && i % 99_991 != 7 && i != count - 1).ToArray();
        await db.Candles.UpsertAsync(Btc, stored, CancellationToken.None);
        long t0 = all[0].OpenTimeMs;

        (long From, long To)[] ranges =
        [
            (0, long.MaxValue),                                        // both halves with gaps
            (t0 + 10_000 * Minute, t0 + (count - 10) * Minute),        // a large range that starts after the run
            (t0 + 6_000 * Minute, t0 + 99_990 * Minute),               // below the split: one read
        ];
        foreach (var (from, to) in ranges)
        {
            Assert.Equal(stored.Where(c => c.OpenTimeMs >= from && c.OpenTimeMs < to).ToArray(), await db.Candles.ReadArrayAsync(Btc, from, to, CancellationToken.None));
        }
    }
}

public sealed class PostgresCandleStoreTests() : CandleStoreTests(DatabaseBackend.Postgres());
