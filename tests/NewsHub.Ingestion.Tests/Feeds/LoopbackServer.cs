using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>A Kestrel server on 127.0.0.1 with an ephemeral port, answering each path with the handler a test maps to it.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HttpRequestRecord> _requests = new();
    private WebApplication? _app;

    /// <summary>The server's base address, without a trailing slash.</summary>
    public string BaseAddress { get; private set; } = "";

    public static async Task<LoopbackServer> StartAsync()
    {
        var server = new LoopbackServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseAddress = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public string Url(string path) => BaseAddress + path;

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapBytes(string path, byte[] body, string contentType) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    /// <summary>Requests received for <paramref name="path"/>.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyCollection<HttpRequestRecord> Requests => _requests;

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        _requests.Enqueue(new HttpRequestRecord(path, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString()));
        if (_routes.TryGetValue(path, out var handler))
        {
            await handler(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>What the server saw of one request.</summary>
internal sealed record HttpRequestRecord(string Path, string UserAgent, string IfNoneMatch);
