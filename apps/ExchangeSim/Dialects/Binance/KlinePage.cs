using System.Text.Json.Serialization;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects.Binance;

/// <summary>
/// A klines answer in Binance's row shape, written straight to UTF-8: a page is up to 1000 rows of 12 fields, and
/// boxing each field into an object array made serialising it the simulator's main cost in backfill runs.
/// </summary>
[JsonConverter(typeof(KlinePageConverter))]
public sealed record KlinePage(IReadOnlyList<Candle> Candles, Timeframe Timeframe);
