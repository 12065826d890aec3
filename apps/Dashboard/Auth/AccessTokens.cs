using System.Security.Cryptography;
using System.Text;
using Trader.Domain;

namespace Trader.Dashboard.Auth;

/// <summary>The dashboard's two bearer tokens and the scopes each grants.</summary>
/// <param name="Read">Grants <see cref="Scopes.Read"/>.</param>
/// <param name="Control">Grants <see cref="Scopes.Read"/> and <see cref="Scopes.Control"/>; null when no client may control.</param>
internal sealed record AccessTokens(Secret Read, Secret? Control)
{
    private static readonly string[] ReadScopes = [Scopes.Read];
    private static readonly string[] ControlScopes = [Scopes.Read, Scopes.Control];

    /// <summary>The scopes <paramref name="presented"/> grants, or null when it is neither token. Compared in constant time.</summary>
    public IReadOnlyList<string>? ScopesOf(string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        if (Control is not null && Matches(bytes, Control)) return ControlScopes;
        return Matches(bytes, Read) ? ReadScopes : null;
    }

    private static bool Matches(byte[] presented, Secret token) =>
        CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(token.Reveal()));
}
