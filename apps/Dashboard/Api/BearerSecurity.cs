using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Trader.Dashboard.Api;

/// <summary>Declares the bearer token in the OpenAPI description, so clients generated from it send the header.</summary>
internal sealed class BearerSecurity : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "DASHBOARD_READ_TOKEN (read scope) or DASHBOARD_CONTROL_TOKEN (read and control scopes).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
