namespace Trader.Domain;

/// <summary>Outcome of a bulk candle upsert.</summary>
/// <param name="Written">Candles inserted or updated (and committed).</param>
/// <param name="Rejected">Candles refused by validation, with reasons; none of them was written.</param>
public sealed record CandleUpsertResult(int Written, IReadOnlyList<CandleRejection> Rejected);
