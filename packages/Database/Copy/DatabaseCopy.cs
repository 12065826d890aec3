using Serilog;

namespace Trader.Database.Copy;

/// <summary>
/// Copies every row of one database into another, empty one, on either backend (SQLite to PostgreSQL to move a setup
/// onto several hosts, or back), then proves the copy: per table, the row counts and the checksums
/// (<see cref="TableChecksum"/>) of source and target must be equal.
/// </summary>
/// <remarks>Stop the writers (traders, backfiller) first: rows written during the copy make the verification fail.</remarks>
public static class DatabaseCopy
{
    /// <summary>Rows per read page and per write transaction.</summary>
    private const int PageRows = 20_000;

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/> and verifies it; returns one report per table.</summary>
    /// <exception cref="DatabaseException">The target already holds rows, or a table's count or checksum differs after the copy.</exception>
    public static async Task<IReadOnlyList<TableReport>> RunAsync(TradingDatabase from, TradingDatabase to, ILogger log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.SchemaVersion != to.SchemaVersion)
            throw new DatabaseException($"Cannot copy: {from.Location} is at schema version {from.SchemaVersion} and {to.Location} at {to.SchemaVersion}.");
        foreach (var table in CopiedTable.All)
        {
            if (!await to.Copier.IsEmptyAsync(table, ct).ConfigureAwait(false))
                throw new DatabaseException($"Cannot copy into {to.Location}: its table {table.Name} already holds rows. Copy only into an empty database.");
        }

        var reports = new List<TableReport>();
        foreach (var table in CopiedTable.All)
        {
            long copied = 0;
            for (IReadOnlyList<object?[]> page; (page = await from.Copier.ReadPageAsync(table, copied, PageRows, ct).ConfigureAwait(false)).Count > 0;)
            {
                await to.Copier.WriteAsync(table, page, ct).ConfigureAwait(false);
                copied += page.Count;
            }
            await to.Copier.FinishAsync(table, ct).ConfigureAwait(false);

            var (sourceRows, sourceSum) = await ChecksumAsync(from.Copier, table, ct).ConfigureAwait(false);
            var (targetRows, targetSum) = await ChecksumAsync(to.Copier, table, ct).ConfigureAwait(false);
            if (sourceRows != targetRows || sourceSum != targetSum)
                throw new DatabaseException(
                    $"The copy of table {table.Name} differs: {from.Location} has {sourceRows} rows (checksum {sourceSum}), {to.Location} " +
                    $"{targetRows} rows (checksum {targetSum}). Was something writing to either database? Stop the writers, empty the target and copy again.");
            log.Information("Copied {Table}: {Rows} rows, checksum {Checksum}", table.Name, targetRows, targetSum);
            reports.Add(new TableReport(table.Name, targetRows, targetSum));
        }
        return reports;
    }

    /// <summary>Row count and <see cref="TableChecksum"/> of one table on one side.</summary>
    internal static async Task<(long Rows, string Checksum)> ChecksumAsync(ITableCopier copier, CopiedTable table, CancellationToken ct)
    {
        using var checksum = new TableChecksum();
        for (IReadOnlyList<object?[]> page; (page = await copier.ReadPageAsync(table, checksum.Rows, PageRows, ct).ConfigureAwait(false)).Count > 0;)
        {
            foreach (var row in page) checksum.Add(row);
        }
        return (checksum.Rows, checksum.Finish());
    }
}
