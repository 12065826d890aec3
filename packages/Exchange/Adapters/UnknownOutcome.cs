namespace Trader.Exchange.Adapters;

/// <summary>
/// What a failed request leaves unknown. Only a request that changes state (an order sent or canceled) can have landed
/// without its answer arriving; saying "an order may or may not have been placed" after a failed read only alarms.
/// </summary>
internal static class UnknownOutcome
{
    /// <summary>The clause an error message ends with: empty for a read.</summary>
    public static string Clause(bool changesState) => changesState ? " (an order may or may not have been placed)" : "";
}
