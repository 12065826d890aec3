using Serilog.Core;
using Trader.Domain;
using Trader.Database;

namespace Trader.Backfiller.Tests;

/// <summary>A scratch folder with a database path, removed on dispose; helpers read the database as the tests see it.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch()
    {
        Dir = Path.Combine(Path.GetTempPath(), "backfiller-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string Db => Path.Combine(Dir, "trading.db");

    public string File(string name) => Path.Combine(Dir, name);

    public static Task<TradingDatabase> OpenAsync(string path) =>
        TradingDatabase.OpenAsync(path, DatabaseOptions.Default, TimeProvider.System, Logger.None, CancellationToken.None);

    public async Task<IReadOnlyList<Candle>> CandlesAsync(SeriesKey series, string? db = null)
    {
        using var database = await OpenAsync(db ?? Db);
        return await database.Candles.ReadRangeAsync(series, long.MinValue, long.MaxValue, CancellationToken.None);
    }

    public async Task<IReadOnlyList<OpenTimeRange>> GapsAsync(SeriesKey series, long fromMs, long toMs)
    {
        using var database = await OpenAsync(Db);
        return await database.Candles.FindGapsAsync(series, fromMs, toMs, CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { }
    }
}
