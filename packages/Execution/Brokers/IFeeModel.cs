namespace Trader.Execution.Brokers;

/// <summary>Prices the fee of a fill.</summary>
public interface IFeeModel
{
    /// <summary>The fee in quote currency, not negative.</summary>
    decimal GetFee(FeeParameters parameters);
}
