namespace Trader.Domain;

/// <summary>An outbox row: an <see cref="AlertEvent"/> with its place in the outbox and when it was written.</summary>
/// <param name="Seq">Outbox order (increasing).</param>
/// <param name="Event">What happened.</param>
/// <param name="CreatedMs">When it was written, Unix ms UTC (the writer's clock).</param>
public sealed record Alert(long Seq, AlertEvent Event, long CreatedMs);
