namespace Trader.ExchangeSim.Dialects.Binance;

/// <summary>A Binance error answer: HTTP status plus the body <c>{"code":..,"msg":..}</c>.</summary>
public sealed class BinanceError(int status, int code, string msg) : Exception(msg)
{
    public int Status { get; } = status;
    public int Code { get; } = code;

    public static BinanceError Mandatory(string name) => new(400, -1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");
    public static BinanceError Illegal(string name) => new(400, -1100, $"Illegal characters found in parameter '{name}'; legal range is '^([0-9]{{1,20}})(\\.[0-9]{{1,20}})?$'.");
}
