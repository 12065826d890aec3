using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Trader.Domain;

namespace Trader.ExchangeSim.Dialects;

/// <summary>
/// One venue's HTTP protocol over the shared matching core: its paths, parameters, signing, answer shapes and error
/// codes. The server around it (<see cref="SimServer"/>) owns what every dialect shares: latency, the request budget
/// and fault injection; the dialect only says how its venue words a budget overrun or an injected failure.
/// </summary>
public interface IDialect
{
    /// <summary>The <c>--dialect</c> name, e.g. <c>binance</c>.</summary>
    string Name { get; }

    /// <summary>Paths under this prefix are the venue's API (budgeted and faulted); the rest are the simulator's admin paths.</summary>
    string ApiPrefix { get; }

    /// <summary>What one request costs against the budget (Binance: its weight; Bybit: one request).</summary>
    int Cost(string method, string path);

    /// <summary>Reports the budget in the venue's response headers.</summary>
    void WriteUsage(HttpResponse response, int used, int limit, long windowEndMs);

    /// <summary>Answers a request over the budget, as the venue does.</summary>
    Task WriteOverLimitAsync(HttpContext context, TimeSpan retryAfter, long windowEndMs);

    /// <summary>Answers an injected failure: <see cref="Fault.TooManyRequests"/> or a server error.</summary>
    Task WriteFaultAsync(HttpContext context, Fault fault, int retryAfterSeconds);

    /// <summary>The venue's word for an order's status (the admin order list uses it).</summary>
    string StatusName(ExchangeOrder order);

    /// <summary>The order's id as the venue's answers give it (Kraken's txid), for the admin order list.</summary>
    string OrderId(ExchangeOrder order);

    /// <summary>Maps the venue's endpoints.</summary>
    void Map(WebApplication app);
}
