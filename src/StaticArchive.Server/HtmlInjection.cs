namespace StaticArchive.Server;

/// <summary>
/// Adds the live-reload script (and the error banner, if any) to an HTML response. Only the dev server does
/// this, on the way out; the files in the output folder never contain it.
/// </summary>
public static class HtmlInjection
{
    /// <summary>The URL prefix the dev server keeps for itself.</summary>
    public const string Prefix = "/__staticarchive/";

    /// <summary>The tags injected before <c>&lt;/body&gt;</c>.</summary>
    public static string Tags(string overlay) =>
        $"<link rel=\"stylesheet\" href=\"{Prefix}overlay.css\"><script src=\"{Prefix}live.js\"></script>{overlay}";

    /// <summary>The page with the tags inserted before its last <c>&lt;/body&gt;</c> (or appended).</summary>
    public static string Inject(string html, string overlay)
    {
        ArgumentNullException.ThrowIfNull(html);
        var tags = Tags(overlay);
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tags : html.Insert(at, tags);
    }

    /// <summary>The client: reload when the server says the site was rebuilt.</summary>
    public const string Script = """
        (function () {
          var source = new EventSource("/__staticarchive/events");
          source.addEventListener("message", function (e) { if (e.data === "reload") { location.reload(); } });
        })();
        """;

    /// <summary>The banner's style.</summary>
    public const string Style = """
        #__staticarchive-errors { position: fixed; inset: 0 0 auto 0; max-height: 60vh; overflow: auto; z-index: 99999;
          background: #fff4f4; color: #600; border-bottom: 4px solid #c00; padding: 1rem 1.5rem; font: 15px/1.5 system-ui, sans-serif; }
        #__staticarchive-errors h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
        #__staticarchive-errors code { font-weight: bold; }
        """;
}
