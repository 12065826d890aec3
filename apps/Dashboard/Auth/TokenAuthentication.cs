using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Trader.Dashboard.Auth;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c> against <see cref="AccessTokens"/>: no header is anonymous (401 where a scope is
/// required), an unknown token fails (401), a known one carries its scopes (403 where it lacks the one required).
/// </summary>
internal sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header must be 'Bearer TOKEN'."));
        // The message never repeats the token.
        if (tokens.ScopesOf(header["Bearer ".Length..].Trim()) is not { } scopes)
            return Task.FromResult(AuthenticateResult.Fail("Unknown token."));
        var identity = new ClaimsIdentity(scopes.Select(s => new Claim(Scopes.ClaimType, s)), SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
