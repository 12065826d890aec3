namespace Trader.Database;

/// <summary>
/// The database's own storage is damaged (SQLite: SQLITE_CORRUPT or SQLITE_NOTADB; PostgreSQL: class XX001
/// data_corrupted or XX002 index_corrupted). Trying again cannot help and writing on may damage more, so callers
/// stop: the fix is a restore from a backup. Unlike a locked or unreachable database, this is never retried.
/// </summary>
public sealed class DatabaseCorruptException(string message, Exception? inner = null) : DatabaseException(message, inner);
