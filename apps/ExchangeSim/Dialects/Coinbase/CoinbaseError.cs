namespace Trader.ExchangeSim.Dialects.Coinbase;

/// <summary>A Coinbase Advanced Trade error answer: an HTTP status with <c>{"error": code, "error_details": .., "message": ..}</c>.</summary>
public sealed class CoinbaseError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static CoinbaseError InvalidArgument(string message) => new(400, "INVALID_ARGUMENT", message);
}
