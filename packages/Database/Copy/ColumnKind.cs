namespace Trader.Database.Copy;

/// <summary>What a column holds, which decides how each backend reads and writes it in a copy.</summary>
internal enum ColumnKind
{
    /// <summary>A 32-bit integer on PostgreSQL (ids of series, flags), INTEGER on SQLite; copied as long.</summary>
    Int32,

    /// <summary>Unix ms times and 64-bit ids; copied as long.</summary>
    Int64,

    /// <summary>Market data; copied as double.</summary>
    Real,

    /// <summary>Names, enum text; copied as string.</summary>
    Text,

    /// <summary>JSON text (PostgreSQL json); copied as string.</summary>
    Json,

    /// <summary>Exact decimals (SQLite TEXT, PostgreSQL numeric); copied as decimal with its scale.</summary>
    Money,
}
