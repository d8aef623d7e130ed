using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BfcNetwork.Gateway.Tests;

/// <summary>
/// A real HTTP service on a loopback port standing in for a BfcNetwork service: it records what
/// the gateway forwarded and answers with the path it saw.
/// </summary>
public sealed class EchoBackend : IAsyncLifetime
{
    private WebApplication? _app;

    public ConcurrentQueue<ForwardedRequest> Received { get; } = new();

    public Uri Address { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(async context =>
        {
            Received.Enqueue(new ForwardedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["traceparent"].ToString()));
            await context.Response.WriteAsJsonAsync(new { path = context.Request.Path.Value });
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed record ForwardedRequest(string Method, string PathAndQuery, string Authorization, string TraceParent);
