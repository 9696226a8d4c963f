using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;

namespace StaticArchive.Tests.Support;

/// <summary>
/// Hugo-style integration tests: a small archive written inline as <c>-- path --</c> sections, built in
/// memory, then asserted on output paths and lines (a leading <c>! </c> means "must not contain").
/// </summary>
internal sealed class SiteTest
{
    private const string Root = "/site";

    private SiteTest(MemoryFileSystem files, BuildResult result)
    {
        Files = files;
        Result = result;
    }

    /// <summary>The in-memory file system, for edits and rebuilds.</summary>
    public MemoryFileSystem Files { get; }

    /// <summary>The dev-server session the builds share, if any.</summary>
    public IncrementalSession? Session { get; private init; }

    /// <summary>The last build's result.</summary>
    public BuildResult Result { get; private set; }

    /// <summary>Writes the files and builds them.</summary>
    public static SiteTest Build(string archive, string? baseUrl = null)
    {
        var files = new MemoryFileSystem();
        Write(files, archive);
        var test = new SiteTest(files, null!);
        test.Rebuild(baseUrl);
        return test;
    }

    /// <summary>Writes the files and builds them in a session, as the dev server does.</summary>
    public static SiteTest BuildInSession(string archive)
    {
        var files = new MemoryFileSystem();
        Write(files, archive);
        var test = new SiteTest(files, null!) { Session = new IncrementalSession() };
        test.Rebuild();
        return test;
    }

    /// <summary>Writes the <c>-- path --</c> sections of a text into a file system under /site.</summary>
    public static void Write(MemoryFileSystem files, string archive)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(archive);
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in archive.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush(files, path, body);
                path = line[3..^3].Trim();
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        Flush(files, path, body);
    }

    /// <summary>Builds again (after edits).</summary>
    public BuildResult Rebuild(string? baseUrl = null)
    {
        var options = new BuildOptions($"{Root}/content", $"{Root}/theme", $"{Root}/output", baseUrl);
        Result = new SiteBuilder(Files) { Session = Session }.Build(options);
        return Result;
    }

    /// <summary>The text of an output file, e.g. <c>output/index.html</c>.</summary>
    public string Read(string path)
    {
        var full = $"{Root}/{path}";
        Assert.True(Files.FileExists(full), $"{path} was not written. Diagnostics:\n{string.Join('\n', Result.Diagnostics)}\nOutput:\n{string.Join('\n', Files.Files.Keys.Where(k => k.StartsWith(Root + "/output/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))}");
        return Encoding.UTF8.GetString(Files.ReadAllBytes(full));
    }

    /// <summary>True when the output file exists.</summary>
    public bool Exists(string path) => Files.FileExists($"{Root}/{path}");

    /// <summary>Asserts a file contains each expectation; "! text" must not be there.</summary>
    public void AssertFile(string path, params string[] expectations)
    {
        var text = Read(path);
        foreach (var expectation in expectations)
        {
            if (expectation.StartsWith("! ", StringComparison.Ordinal))
            {
                Assert.False(text.Contains(expectation[2..], StringComparison.Ordinal), $"{path} must not contain “{expectation[2..]}”");
            }
            else
            {
                Assert.True(text.Contains(expectation, StringComparison.Ordinal), $"{path} should contain “{expectation}”.\n--- {path} ---\n{text}");
            }
        }
    }

    /// <summary>Asserts the build succeeded.</summary>
    public SiteTest AssertSucceeded()
    {
        Assert.True(Result.Succeeded, "build failed:\n" + string.Join('\n', Result.Diagnostics));
        return this;
    }

    /// <summary>Asserts there is a diagnostic with the code at file:line, and returns it.</summary>
    public Diagnostic AssertDiagnostic(string code, string location)
    {
        var match = Result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Location.StartsWith(location, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected {code} at {location}; got:\n{string.Join('\n', Result.Diagnostics)}");
        return match!;
    }

    private static void Flush(MemoryFileSystem files, string? path, StringBuilder body)
    {
        if (path is null)
        {
            return;
        }

        var text = body.ToString();
        text = text.EndsWith("\n\n", StringComparison.Ordinal) ? text[..^1] : text;
        files.WriteAllBytes($"{Root}/{path}", Encoding.UTF8.GetBytes(text));
    }
}
