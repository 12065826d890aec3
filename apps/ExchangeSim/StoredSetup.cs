using Serilog.Core;
using Trader.Core.Domain;
using Trader.Database;
using Trader.Exchange.Simulator;

namespace Trader.ExchangeSim;

/// <summary>Builds the engine for <c>--db</c>: each symbol's stored series at the setup's timeframe, read once at start.</summary>
public static class StoredSetup
{
    public static async Task<MatchingEngine> BuildAsync(SimOptions options, TimeProvider clock, CancellationToken ct)
    {
        var setup = options.Setup;
        using var db = await TradingDatabase.OpenAsync(options.Database, DatabaseOptions.Default, clock, Logger.None, ct);
        var sources = new Dictionary<string, StoredCandleSource>(StringComparer.Ordinal);
        foreach (var symbol in setup.Symbols)
            sources[symbol] = await StoredCandleSource.LoadAsync(db.Candles, new SeriesKey(options.DatabaseExchange, symbol, setup.Timeframe), ct);
        return setup.Build(clock, sources);
    }
}
