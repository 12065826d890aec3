using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>
/// Money past <see cref="decimal"/>'s range (about 7.9e28): a simulated balance that compounded beyond anything a
/// market could hold. The run cannot go on truthfully, so it stops with what to change instead of an arithmetic crash.
/// </summary>
public sealed class MoneyOverflowException(string message, Exception? inner = null) : TraderException(message, inner);
