using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// A buy the <see cref="FundsGuard"/> did not send: what the account has free for the instance does not cover the
/// market's smallest order. Not a refusal by the venue (nothing reached it), so it is told apart from the venue's own
/// <see cref="InsufficientFundsException"/>; the broker books the entry rejected with this message as its reason.
/// </summary>
public sealed class EntrySkippedException(string message) : TraderException(message);
