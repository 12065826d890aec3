namespace Trader.Database.Copy;

/// <summary>How one backend reads and writes whole tables for <see cref="DatabaseCopy"/>, values in the <see cref="ColumnKind"/> forms.</summary>
internal interface ITableCopier
{
    /// <summary>Rows <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="limit"/> in key order.</summary>
    Task<IReadOnlyList<object?[]>> ReadPageAsync(CopiedTable table, long offset, int limit, CancellationToken ct);

    /// <summary>Inserts <paramref name="rows"/> in one transaction.</summary>
    Task WriteAsync(CopiedTable table, IReadOnlyList<object?[]> rows, CancellationToken ct);

    Task<bool> IsEmptyAsync(CopiedTable table, CancellationToken ct);

    /// <summary>After the last page: lets new rows get ids after the copied ones.</summary>
    Task FinishAsync(CopiedTable table, CancellationToken ct);
}
