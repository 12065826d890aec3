namespace Trader.ExchangeSim.Dialects.Kraken;

/// <summary>A Kraken error answer: <c>{"error":["EOrder:Insufficient funds"]}</c>, with HTTP 200 as Kraken sends its API errors.</summary>
public sealed class KrakenError(string error) : Exception(error)
{
    public static KrakenError UnknownPair() => new("EQuery:Unknown asset pair");

    public static KrakenError InvalidArgument(string name) => new($"EGeneral:Invalid arguments:{name}");
}
