using Serilog.Core;
using Trader.Domain;
using Trader.Database;
using Trader.Simulator;

namespace Trader.ExchangeSim;

/// <summary>Builds the venue for <c>--db</c>: each symbol's stored series at the setup's timeframe, read once at start.</summary>
public static class StoredSetup
{
    public static async Task<Venue> BuildAsync(SimOptions options, TimeProvider clock, CancellationToken ct)
    {
        var setup = options.Setup;
        using var db = await TradingDatabase.OpenAsync(options.Database, DatabaseOptions.Default, clock, Logger.None, ct);
        var sources = new Dictionary<string, StoredCandleSource>(StringComparer.Ordinal);
        foreach (var symbol in setup.Symbols)
            sources[symbol] = await StoredCandleSource.LoadAsync(db.Candles, new SeriesKey(options.DatabaseExchange, symbol, setup.Timeframe), ct);
        return setup.Build(clock, sources);
    }
}
