using Trader.Risk.Exits;

namespace Trader.Execution.Journal;

/// <summary>The long position an instance holds. Money in quote currency, amounts in base.</summary>
/// <param name="Amount">Base currency held.</param>
/// <param name="EntryPrice">Entry fill price, slippage included.</param>
/// <param name="EntryFee">Fee paid on entry.</param>
/// <param name="EntryTimeMs">UTC Unix ms of the entry fill.</param>
/// <param name="EntryOrderId">Client order id of the entry.</param>
/// <param name="Levels">Current stop, target and trailing levels (the trailing stop ratchets candle by candle).</param>
public sealed record OpenPosition(decimal Amount, decimal EntryPrice, decimal EntryFee, long EntryTimeMs, string EntryOrderId, ExitLevels Levels);
