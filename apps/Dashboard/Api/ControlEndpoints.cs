using Microsoft.AspNetCore.Mvc;
using Trader.Dashboard.Auth;
using Trader.Database;
using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>
/// Operator commands and alerts over the API: issuing one needs the control scope; reading them the read scope. A command is
/// written to the command table and taken by its instance within about 15 s; poll <c>/api/commands/{id}</c> for its result.
/// </summary>
internal static class ControlEndpoints
{
    /// <summary>The request header carrying the caller's idempotency key (a retried POST with the same key is the same command).</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/instances/{name}/control/{action}", async Task<IResult> (
                string name, string action, [FromHeader(Name = IdempotencyHeader)] string? key, ControlDesk desk, CancellationToken ct) =>
            {
                if (ControlActions.Parse(action) is not { } parsed)
                {
                    return TypedResults.Problem($"Unknown action '{action}'; one of: {string.Join(", ", ControlActions.Names)}.",
                        statusCode: StatusCodes.Status400BadRequest);
                }
                try
                {
                    var command = await desk.IssueAsync(name, parsed, string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N") : key, "dashboard", ct);
                    return TypedResults.Accepted($"/api/commands/{Uri.EscapeDataString(command.Id)}", CommandView.From(command));
                }
                catch (ConfigException e)
                {
                    return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
                }
            })
            .RequireAuthorization(Scopes.Control)
            .WithTags("control")
            .WithSummary("Sends pause, resume, force-exit, reset-breaker or stop to the instance (202 with the pending command; send an Idempotency-Key header to make retries safe).");

        var read = app.MapGroup("/api").RequireAuthorization(Scopes.Read).WithTags("control");
        // The pages ask which scopes their token has: the control buttons are shown to a control token only.
        read.MapGet("/session", (System.Security.Claims.ClaimsPrincipal user) =>
                new SessionView(user.FindAll(Scopes.ClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).ToList()))
            .WithSummary("The scopes of the token sent (read; read and control).");
        read.MapGet("/instances/{name}/commands", async (string name, TradingDatabase db, CancellationToken ct) =>
                (await db.Controls.ListAsync(name, ct)).Select(CommandView.From).ToList())
            .WithSummary("Every operator command of the instance in the order issued, with who, when and the result.");
        read.MapGet("/commands/{id}", async Task<IResult> (string id, TradingDatabase db, CancellationToken ct) =>
                await db.Controls.GetAsync(id, ct) is { } command
                    ? TypedResults.Ok(CommandView.From(command))
                    : TypedResults.Problem($"No command '{id}'.", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("One operator command: pending, or applied/skipped with when, before which candle and the result.");
        read.MapGet("/alerts", async Task<IResult> (int? limit, TradingDatabase db, CancellationToken ct) =>
                limit is < 1 or > 1000
                    ? TypedResults.Problem("limit must be 1..1000.", statusCode: StatusCodes.Status400BadRequest)
                    : TypedResults.Ok((await db.Alerts.ListRecentAsync(limit ?? 100, ct)).Select(AlertView.From).ToList()))
            .WithTags("alerts")
            .WithSummary("The newest alerts of the outbox (default 100, at most 1000), newest first: fills, stops and targets, breakers, starts and stops.");
    }
}
