using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StaticArchive.Server;

/// <summary>
/// The dev server: Kestrel serving the output folder as static files (404.html for what is missing), with the
/// live-reload script and any build errors injected into HTML responses, and a Server-Sent Events endpoint
/// that tells open pages to reload after each rebuild. A thin shell: building is the library's job.
/// </summary>
public sealed class DevServer(DevServerOptions options, SiteRebuilder site) : IAsyncDisposable
{
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly LiveReloadHub _hub = new();
    private WebApplication? _app;

    /// <summary>Cancelled when the host shuts down (SIGTERM, Ctrl+C), so the shell can stop waiting.</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    /// <summary>The open live-reload connections.</summary>
    public LiveReloadHub Hub => _hub;

    /// <summary>Starts listening; returns the address (with the real port when <see cref="DevServerOptions.Port"/> is 0).</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(site.Output);
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            if (IPAddress.TryParse(options.Host, out var ip))
            {
                k.Listen(ip, options.Port);
            }
            else
            {
                k.ListenLocalhost(options.Port);
            }
        });
        var app = builder.Build();
        var folder = new SiteFolder(root, [root.TrimEnd('/', '\\') + ".staging", site.CacheFolder]);
        var hosts = new LoopbackHosts(options.Host);
        var headers = new PreviewHeaders(root, site);
        app.Use((context, next) => hosts.Allows(context.Request.Host.Value) ? next(context) : Misdirected(context));
        app.Use((context, next) =>
        {
            headers.Apply(context);
            context.Response.Headers.CacheControl = "no-store"; // always the latest build
            return next(context);
        });
        app.MapGet(HtmlInjection.Prefix + "events", Events);
        app.MapGet(HtmlInjection.Prefix + "live.js", () => Results.Text(HtmlInjection.Script, "text/javascript; charset=utf-8"));
        app.MapGet(HtmlInjection.Prefix + "overlay.css", () => Results.Text(HtmlInjection.Style, "text/css; charset=utf-8"));
        app.Use((context, next) => context.GetEndpoint() is null ? Serve(context, folder) : next(context));
        site.Built += _ => _hub.Broadcast("reload");
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task Events(HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream";
        var (reader, registration) = _hub.Subscribe();
        using (registration)
        {
            try
            {
                await context.Response.WriteAsync(": connected\n\n", cancel.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
                await foreach (var message in reader.ReadAllAsync(cancel.Token).ConfigureAwait(false))
                {
                    await context.Response.WriteAsync($"data: {message}\n\n", cancel.Token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // the page went away or the server is stopping
            }
        }
    }

    private static Task Misdirected(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(LoopbackHosts.Refusal, context.RequestAborted);
    }

    // Every file goes out through the one check of SiteFolder; HTML gets the live-reload tags and the overlay.
    private async Task Serve(HttpContext context, SiteFolder folder)
    {
        var served = folder.Resolve(context.Request.Path.Value ?? "/");
        switch (served.Kind)
        {
            case ServedKind.Refused:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case ServedKind.Folder:
                context.Response.Redirect(served.LocalUrl + context.Request.QueryString, permanent: false);
                return;
            case ServedKind.File when !served.File!.EndsWith(".html", StringComparison.Ordinal):
                await StaticFile(served.File).ExecuteAsync(context).ConfigureAwait(false);
                return;
        }

        var status = served.Kind == ServedKind.File ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        var file = status == StatusCodes.Status200OK ? served.File : folder.Resolve("/404.html").File;
        var html = file is not null ? await File.ReadAllTextAsync(file, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false) : "<!doctype html><title>404</title><body><h1>404</h1></body>";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(HtmlInjection.Inject(html, ErrorOverlay.Render(site.Failure)), context.RequestAborted).ConfigureAwait(false);
    }

    private IResult StaticFile(string file) =>
        TypedResults.PhysicalFile(file, _types.TryGetContentType(file, out var type) ? type : "application/octet-stream", lastModified: File.GetLastWriteTimeUtc(file), enableRangeProcessing: true);
}
