using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using StaticArchive.Hosting;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// Serves a built site from a folder over HTTP on 127.0.0.1, as a plain static host (or CDN) would: index.html
/// for folders, the site's own 404.html with status 404 for anything missing, real content types.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri siteUrl)
    {
        _app = app;
        SiteUrl = siteUrl;
    }

    /// <summary>The site's address, ending in its base path (<c>http://127.0.0.1:port/archive/</c>).</summary>
    public Uri SiteUrl { get; }

    /// <summary>
    /// Starts serving <paramref name="root"/> under <paramref name="basePath"/> (<c>/</c> or <c>/archive/</c>), with
    /// the response headers of <paramref name="headers"/> (a site's <c>_headers</c>, as Netlify and Cloudflare Pages send them).
    /// </summary>
    public static async Task<StaticSiteServer> StartAsync(string root, string basePath, HeaderRules? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(root);
        var requestPath = basePath.TrimEnd('/');
        if (headers is not null)
        {
            app.Use((context, next) =>
            {
                var path = context.Request.Path.Value ?? "/";
                foreach (var (name, value) in headers.For(path.StartsWith(requestPath + "/", StringComparison.Ordinal) ? path[requestPath.Length..] : path))
                {
                    context.Response.Headers[name] = value;
                }

                return next(context);
            });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ContentTypeProvider = ContentTypes(),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        var notFoundPage = Path.Combine(root, "404.html");
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (File.Exists(notFoundPage))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFoundPage);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new StaticSiteServer(app, new Uri(new Uri(address), basePath));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // The defaults lack some of what a site ships (search shards, ES modules, YAML); charset matters for CSV.
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".gz"] = "application/gzip";
        provider.Mappings[".parquet"] = "application/vnd.apache.parquet";
        provider.Mappings[".xml"] = "application/xml; charset=utf-8";
        provider.Mappings[".csv"] = "text/csv; charset=utf-8";
        provider.Mappings[".yml"] = "application/yaml; charset=utf-8";
        provider.Mappings[".yaml"] = "application/yaml; charset=utf-8";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
