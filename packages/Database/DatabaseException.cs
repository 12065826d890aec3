using Trader.Domain;

namespace Trader.Database;

/// <summary>
/// The database could not do what was asked: the file is not a SQLite database or is corrupt, it cannot be
/// opened, or it stayed locked by another process through every retry. The message names the file and says
/// what to do; nothing already committed is lost. A long-running caller may try again later, except after a
/// <see cref="DatabaseCorruptException"/>.
/// </summary>
public class DatabaseException(string message, Exception? inner = null) : TraderException(message, inner);
