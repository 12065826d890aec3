using System.Security.Cryptography;
using System.Text;

namespace Trader.Execution.Engine;

/// <summary>
/// Deterministic client order ids: one per decision, <c>{instance}-{candle open ms}-{tag}</c>, so a restarted
/// or retried decision produces the same id and the exchange (or the simulated broker) recognises it.
/// Ids fit Binance's rule (at most 36 of <c>A-Z a-z 0-9 . : / _ -</c>): an instance name that is longer than
/// 16 characters or uses other characters is shortened to 7 safe characters, a dot and 8 hex digits of its SHA-256.
/// </summary>
public static class ClientOrderIds
{
    private const int MaxPrefix = 16;

    /// <summary>The id prefix of an instance name.</summary>
    public static string Prefix(string instanceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceName);
        if (instanceName.Length <= MaxPrefix && instanceName.All(IsAllowed)) return instanceName;
        var safe = new string(instanceName.Where(IsAllowed).Take(7).ToArray());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instanceName)))[..8];
        return $"{safe}.{hash}";
    }

    /// <summary>The id of the decision <paramref name="tag"/> taken on the candle opening at <paramref name="candleOpenTimeMs"/>.</summary>
    /// <param name="prefix">From <see cref="Prefix"/>.</param>
    /// <param name="candleOpenTimeMs">UTC Unix ms open time of the deciding candle.</param>
    /// <param name="tag">Short decision kind: <c>b</c> entry, <c>s</c> signal exit, <c>sl</c>, <c>ts</c>, <c>tp</c> stops and target, <c>x</c> manual close; <c>p</c>, <c>m</c>, <c>r</c> an exchange-held stop placed, moved, and put back after a limit exit ended unfilled.</param>
    public static string For(string prefix, long candleOpenTimeMs, string tag) => $"{prefix}-{candleOpenTimeMs}-{tag}";

    /// <summary>
    /// The client ids of the two legs of the OCO whose list client id is <paramref name="listClientOrderId"/> (an exchange-held
    /// stop's id): <c>.s</c> the stop leg, <c>.t</c> the target leg (36 characters at most while a lot's index stays under 100).
    /// </summary>
    public static (string StopLeg, string TargetLeg) OcoLegs(string listClientOrderId) => (listClientOrderId + ".s", listClientOrderId + ".t");

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '/' or '_' or '-';
}
