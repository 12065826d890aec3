using System.Security.Cryptography;
using System.Text;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Our client order ids as Kraken's <c>cl_ord_id</c>: Kraken takes free text of at most 18 characters or a UUID. An id
/// that fits the free-text form is sent as it is; a longer one (ours reach 36 characters) as a UUID made from its
/// SHA-256, so the same id always names the same order after a restart.
/// </summary>
public static class KrakenClientIds
{
    /// <summary>Kraken's limit for a free-text <c>cl_ord_id</c>.</summary>
    public const int MaxFreeText = 18;

    /// <summary>The <c>cl_ord_id</c> to send for <paramref name="clientOrderId"/>.</summary>
    public static string ToWire(string clientOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        if (clientOrderId.Length <= MaxFreeText && clientOrderId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) return clientOrderId;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(clientOrderId));
        // Version 8 (custom) and the RFC 4122 variant, so the text is a well-formed UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
