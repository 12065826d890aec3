namespace Trader.Domain;

/// <summary>Something an operator is told about, as written to the outbox (before any channel sends it).</summary>
/// <param name="Key">
/// Idempotency key, unique over the outbox: what caused the event (e.g. <c>fill:btc-1m-...-b</c>,
/// <c>breaker:btc-1m:drawdown:1670918400000</c>), so writing the same event again (a replay after a crash) adds nothing.
/// Channels carry it in their payload, so a receiver can drop the rare repeat.
/// </param>
/// <param name="Instance">The instance it is about.</param>
/// <param name="Kind">One of <see cref="AlertKinds"/>.</param>
/// <param name="TimeMs">When it happened, Unix ms UTC (candle time for trading events).</param>
/// <param name="Text">The message, one or a few lines of plain text.</param>
public sealed record AlertEvent(string Key, string Instance, string Kind, long TimeMs, string Text);
