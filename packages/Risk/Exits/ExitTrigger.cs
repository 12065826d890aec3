using Trader.Risk.Trades;

namespace Trader.Risk.Exits;

/// <summary>A stop or target that a candle touched.</summary>
/// <param name="Reason">Which rule fired.</param>
/// <param name="Price">Assumed fill price in quote currency (see <see cref="ExitPolicy.Step"/> for the conservative choices).</param>
public sealed record ExitTrigger(ExitReason Reason, decimal Price);
