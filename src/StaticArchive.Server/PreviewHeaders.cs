using Microsoft.AspNetCore.Http;
using StaticArchive.Hosting;

namespace StaticArchive.Server;

/// <summary>
/// The production headers for the preview: the built site's <c>_headers</c> file (what Netlify and Cloudflare
/// Pages apply), read again after each build, so a page that breaks the policy breaks in the preview too.
/// Its caching is left out: the preview always sends the latest build.
/// </summary>
public sealed class PreviewHeaders(string root, SiteRebuilder site)
{
    private Loaded _current = new(-1, HeaderRules.None);

    /// <summary>Sets the headers for the request's path on its response.</summary>
    public void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, value) in Rules().For(context.Request.Path.Value ?? "/"))
        {
            if (!name.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = value;
            }
        }
    }

    private HeaderRules Rules()
    {
        var current = _current;
        if (current.Generation != site.Generation)
        {
            var file = Path.Combine(root, "_headers");
            current = new Loaded(site.Generation, File.Exists(file) ? HeaderRules.Parse(File.ReadAllText(file)) : HeaderRules.None);
            _current = current;
        }

        return current.Rules;
    }

    private sealed record Loaded(int Generation, HeaderRules Rules);
}
