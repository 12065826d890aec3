namespace Trader.ExchangeSim.Dialects.Bybit;

/// <summary>A Bybit v5 error answer: <c>{"retCode":..,"retMsg":..}</c>, with HTTP 200 as Bybit sends its API errors.</summary>
public sealed class BybitError(int code, string msg) : Exception(msg)
{
    public int Code { get; } = code;

    public static BybitError Params(string msg) => new(10001, msg);
}
