namespace Trader.ExchangeSim;

/// <summary>What the simulator does wrong to one request.</summary>
public enum Fault
{
    None,
    TooManyRequests,
    ServerErrorBefore,
    ServerErrorAfter,
    DropBefore,
    DropAfter,
}
