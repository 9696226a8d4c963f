using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
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
    private readonly LiveReloadHub _hub = new();
    private WebApplication? _app;

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
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store"; // always the latest build
            return next(context);
        });
        app.MapGet(HtmlInjection.Prefix + "events", Events);
        app.MapGet(HtmlInjection.Prefix + "live.js", () => Results.Text(HtmlInjection.Script, "text/javascript; charset=utf-8"));
        app.MapGet(HtmlInjection.Prefix + "overlay.css", () => Results.Text(HtmlInjection.Style, "text/css; charset=utf-8"));
        app.Use((context, next) => Html(context, next, root));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), ServeUnknownFileTypes = true });
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

    private async Task Html(HttpContext context, RequestDelegate next, string root)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.StartsWith(HtmlInjection.Prefix, StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(full) && !path.EndsWith('/'))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return;
        }

        var file = Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
        if (File.Exists(file) && !file.EndsWith(".html", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var status = File.Exists(file) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        file = status == StatusCodes.Status200OK ? file : Path.Combine(root, "404.html");
        var html = File.Exists(file) ? await File.ReadAllTextAsync(file, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false) : "<!doctype html><title>404</title><body><h1>404</h1></body>";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(HtmlInjection.Inject(html, ErrorOverlay.Render(site.Failure)), context.RequestAborted).ConfigureAwait(false);
    }
}
