using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Trader.Domain;
using Trader.ExchangeSim.Dialects;
using Trader.Simulator;

namespace Trader.ExchangeSim;

/// <summary>
/// The HTTP face of the simulator on 127.0.0.1: one venue's dialect (<c>--dialect</c>) over the shared matching core,
/// inside what every dialect shares (added latency, the request budget, fault injection), plus <c>/admin/</c>
/// endpoints for tests (fault injection, statistics, the order book). Admin paths are free of faults and budget.
/// </summary>
public sealed class SimServer
{
    private readonly SimOptions _options;
    private readonly Venue _venue;
    private readonly WeightMeter _weights;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _real;
    private readonly IDialect _dialect;
    private long _requests;

    public SimServer(SimOptions options, Venue venue, TimeProvider real)
    {
        _options = options;
        _venue = venue;
        _real = real;
        _weights = new WeightMeter(options.WeightLimit, options.WeightWindow, real);
        _faults = new FaultInjector(options.Faults);
        _dialect = options.Dialect.Create(new DialectContext(options, venue, _faults, _weights));
    }

    public WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        var app = builder.Build();
        app.Use(Pipeline);
        _dialect.Map(app);
        MapAdmin(app);
        return app;
    }

    private async Task Pipeline(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(_dialect.ApiPrefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        Interlocked.Increment(ref _requests);
        var faults = _faults.Settings;
        if (faults.LatencyMs > 0) await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), _real, context.RequestAborted);

        var (used, retryAfter) = _weights.Charge(_dialect.Cost(context.Request.Method, path));
        long windowEndMs = _weights.WindowEndMs;
        _dialect.WriteUsage(context.Response, used, _weights.Limit, windowEndMs);
        if (retryAfter is { } wait)
        {
            await _dialect.WriteOverLimitAsync(context, wait, windowEndMs);
            return;
        }

        var fault = _faults.Draw();
        switch (fault)
        {
            case Fault.TooManyRequests or Fault.ServerErrorBefore:
                await _dialect.WriteFaultAsync(context, fault, faults.RetryAfterSeconds);
                return;
            case Fault.DropBefore:
                context.Abort();
                return;
        }

        // Buffer the answer so a fault injected after processing can still replace or drop it.
        var realBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }
        if (fault == Fault.DropAfter)
        {
            context.Abort();
            return;
        }
        if (fault == Fault.ServerErrorAfter)
        {
            await _dialect.WriteFaultAsync(context, fault, faults.RetryAfterSeconds);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(realBody, context.RequestAborted);
    }

    private void MapAdmin(WebApplication app)
    {
        app.MapPost("/admin/faults", async (HttpContext c) =>
        {
            var settings = await c.Request.ReadFromJsonAsync<FaultSettings>(new JsonSerializerOptions(JsonSerializerDefaults.Web), c.RequestAborted);
            if (settings is null) return Results.BadRequest(new { error = "send a JSON body like {\"rate429\":0.1,\"rate5xx\":0.1,\"rateDrop\":0.1,\"latencyMs\":0}" });
            try { _faults.Update(settings); }
            catch (ArgumentOutOfRangeException e) { return Results.BadRequest(new { error = e.Message }); }
            return Results.Json(_faults.Settings);
        });
        app.MapGet("/admin/stats", () => Results.Json(new
        {
            dialect = _dialect.Name,
            requests = Interlocked.Read(ref _requests),
            weightLimit = _weights.Limit,
            maxUsedWeight = _weights.MaxUsed,
            rejectedByWeight = _weights.Rejected,
            injected429 = _faults.Injected429,
            injected5xx = _faults.Injected5xx,
            injectedDrops = _faults.InjectedDrops,
            injectedBadKlines = _faults.InjectedBadKlines,
        }));
        // The venue ending an order by itself (an expiry, a risk cancel, an operator on the exchange's site): tests check
        // that a trader notices and places its protective stop again. The client id as it went out on the wire.
        app.MapPost("/admin/orders/cancel", (string symbol, string clientOrderId) =>
        {
            try
            {
                var order = _venue.Cancel(symbol, OrderRef.ByClientId(clientOrderId));
                return Results.Json(new { orderId = _dialect.OrderId(order), clientOrderId = order.ClientOrderId, status = _dialect.StatusName(order) });
            }
            catch (ExchangeException e)
            {
                return Results.NotFound(new { error = e.Message });
            }
        });
        app.MapGet("/admin/orders", () => Results.Json(_venue.AllOrders().Select(o => new
        {
            orderId = _dialect.OrderId(o),
            clientOrderId = o.ClientOrderId,
            symbol = o.Symbol,
            side = o.Side.ToString(),
            type = o.Type.ToString(),
            status = _dialect.StatusName(o),
            origQty = o.Amount,
            orderListId = o.OrderListId,
            executedQty = o.Filled,
        })));
    }
}
