namespace Trader.Execution.Brokers;

/// <summary>Estimates how far a market fill lands from the quoted price.</summary>
public interface ISlippageModel
{
    /// <summary>The adverse price move in quote per base, not negative; the broker adds it to buys and subtracts it from sells.</summary>
    decimal GetSlippage(SlippageParameters parameters);
}
