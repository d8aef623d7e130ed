using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace BfcNetwork.BuildingBlocks.Http;

public static class ApiReferenceExtensions
{
    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, and the Scalar reference at <c>/scalar</c> in development.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }

        return app;
    }
}
