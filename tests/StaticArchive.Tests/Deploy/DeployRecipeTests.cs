using System.Text.RegularExpressions;
using StaticArchive.Tests.Search;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tests.Deploy;

/// <summary>
/// Every deploy recipe in the repository parses, and runs the two commands the README's Deploy section gives:
/// the published tool, then a build with the host's address.
/// </summary>
public sealed partial class DeployRecipeTests
{
    private static readonly string Root = TokenizerTests.RepoRoot();

    // The README's commands, from the first sh block under "## Deploy".
    private static IReadOnlyList<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var deploy = readme[readme.IndexOf("\n## Deploy\n", StringComparison.Ordinal)..];
        var block = ShBlock().Match(deploy);
        Assert.True(block.Success, "the README's Deploy section has no ```sh block");
        return [.. block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static YamlMappingNode Yaml(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Root, relative)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? At(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")!).Children.Values
            .SelectMany(job => At(job, "steps") is YamlSequenceNode steps ? steps.Children.OfType<YamlMappingNode>() : []);

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

    // The program is compared by name (a recipe may call $HOME/.dotnet/dotnet); the README's "$SITE_URL/" stands for
    // any quoted address ending in a slash; a recipe may add options (GitLab's --output public) but not drop any.
    private static void AssertRuns(IReadOnlyList<string> commands, string recipe)
    {
        var actual = commands.Select(Tokens).ToList();
        var position = 0;
        foreach (var expected in ReadmeCommands().Select(Tokens))
        {
            var found = actual.FindIndex(position, a => IsSubsequence(expected, a));
            Assert.True(found >= 0, $"{recipe} does not run `{string.Join(' ', expected)}` after its earlier commands; it runs:\n{string.Join('\n', commands)}");
            position = found + 1;
        }
    }

    private static List<string> Tokens(string command)
    {
        var tokens = Token().Matches(command).Select(m => m.Value).ToList();
        tokens[0] = tokens[0].Split('/')[^1];
        return tokens;
    }

    private static bool IsSubsequence(List<string> expected, List<string> actual)
    {
        var i = 0;
        foreach (var token in actual)
        {
            if (i < expected.Count && (token == expected[i] || (expected[i] == "\"$SITE_URL/\"" && token.StartsWith('"') && token.EndsWith("/\"", StringComparison.Ordinal))))
            {
                i++;
            }
        }

        return i == expected.Count && actual[0] == expected[0];
    }

    [Fact]
    public void The_readme_gives_the_published_tool_and_a_build_with_the_sites_address() =>
        Assert.Equal(["dotnet publish -c Release src/StaticArchive.Cli -o .tool", "dotnet .tool/StaticArchive.Cli.dll build --base-url \"$SITE_URL/\""], ReadmeCommands());

    [Fact]
    public void The_github_pages_workflow_builds_on_every_push_to_main_with_the_cache_and_deploys_the_output()
    {
        var workflow = Yaml(".github/workflows/pages.yml");
        Assert.Contains("main", ((YamlSequenceNode)At(workflow, "on", "push", "branches")!).Children.Select(Scalar));
        Assert.Equal("write", Scalar(At(workflow, "permissions", "pages")));
        Assert.Equal("write", Scalar(At(workflow, "permissions", "id-token")));
        var steps = Steps(workflow).ToList();
        AssertRuns([.. steps.Select(s => Scalar(At(s, "run"))).OfType<string>()], "pages.yml");

        string? Uses(YamlMappingNode step) => Scalar(At(step, "uses"));
        Assert.Equal("0", Scalar(At(steps.Single(s => Uses(s)?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true), "with", "fetch-depth")));
        var cached = Scalar(At(steps.Single(s => Uses(s)?.StartsWith("actions/cache@", StringComparison.Ordinal) == true), "with", "path"))!;
        Assert.Equal([".staticarchive-cache", "output"], cached.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("output", Scalar(At(steps.Single(s => Uses(s)?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true), "with", "path")));
        Assert.Contains(steps, s => Uses(s)?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
        var build = steps.FindIndex(s => Scalar(At(s, "run"))?.Contains(" build ", StringComparison.Ordinal) == true);
        Assert.True(steps.FindIndex(s => Uses(s)?.StartsWith("actions/cache@", StringComparison.Ordinal) == true) < build, "the cache is restored before the build");
    }

    [Fact]
    public void The_cloudflare_workflow_builds_the_same_way_and_uploads_the_output()
    {
        var workflow = Yaml("deploy/cloudflare-pages.yml");
        var steps = Steps(workflow).ToList();
        AssertRuns([.. steps.Select(s => Scalar(At(s, "run"))).OfType<string>()], "cloudflare-pages.yml");
        var wrangler = steps.Single(s => Scalar(At(s, "uses"))?.StartsWith("cloudflare/wrangler-action@", StringComparison.Ordinal) == true);
        Assert.StartsWith("pages deploy output ", Scalar(At(wrangler, "with", "command")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_gitlab_pages_job_builds_into_public_and_publishes_it()
    {
        var ci = Yaml(".gitlab-ci.yml");
        var script = ((YamlSequenceNode)At(ci, "pages", "script")!).Children.Select(Scalar).OfType<string>().ToList();
        AssertRuns(script, ".gitlab-ci.yml");
        Assert.Contains("--output public", script[^1], StringComparison.Ordinal);
        Assert.Equal(["public"], ((YamlSequenceNode)At(ci, "pages", "artifacts", "paths")!).Children.Select(Scalar));
        Assert.Equal("0", Scalar(At(ci, "pages", "variables", "GIT_DEPTH")));
    }

    [Fact]
    public void Netlify_builds_the_same_way_and_publishes_the_output()
    {
        var toml = File.ReadAllText(Path.Combine(Root, "netlify.toml"));
        var command = Regex.Match(toml, "^  command = \"(.*)\"$", RegexOptions.Multiline).Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
        AssertRuns([.. command.Split("&&", StringSplitOptions.TrimEntries)], "netlify.toml");
        Assert.Matches("(?m)^  publish = \"output\"$", toml);
    }

    [Fact]
    public void The_headers_file_carries_the_pages_policy_with_frame_ancestors_and_denies_powerful_features()
    {
        var headers = File.ReadAllText(Path.Combine(Root, "theme", "static", "_headers"));
        var csp = HeadersCsp().Match(headers).Groups[1].Value;
        var meta = Regex.Match(File.ReadAllText(Path.Combine(Root, "theme", "layouts", "_base.liquid")), "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(meta);
        Assert.Equal(meta + "; frame-ancestors 'none'", csp);
        var all = StaticArchive.Hosting.HeaderRules.Parse(headers).For("/linzi-gxj/2023/annual-report/").ToDictionary(h => h.Key, h => h.Value);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Equal("DENY", all["X-Frame-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
        Assert.All(["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"], f => Assert.Contains(f, all["Permissions-Policy"], StringComparison.Ordinal));
        Assert.False(all.ContainsKey("Cache-Control"), "pages keep the host's revalidating default; a Cache-Control on /* would be joined with the assets' one");
    }

    [Fact]
    public void Netlify_relies_on_the_headers_file()
    {
        var toml = File.ReadAllText(Path.Combine(Root, "netlify.toml"));
        Assert.DoesNotContain("[[headers]]", toml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nginx_recipe_serves_the_404_page_the_data_files_and_the_headers_of_the_headers_file_in_every_location()
    {
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Contains("error_page 404 /404.html;", nginx, StringComparison.Ordinal);
        Assert.Contains("application/vnd.apache.parquet parquet;", nginx, StringComparison.Ordinal);
        var rules = StaticArchive.Hosting.HeaderRules.Parse(File.ReadAllText(Path.Combine(Root, "theme", "static", "_headers")));
        var locations = NginxLocation().Matches(nginx).Where(m => m.Groups[1].Value != "= /_headers").ToList();
        Assert.Equal(["/", "/assets/", "/search/"], locations.Select(m => m.Groups[1].Value));
        foreach (var location in locations)
        {
            var path = location.Groups[1].Value == "/" ? "/index.html" : location.Groups[1].Value + "x";
            foreach (var (name, value) in rules.For(path))
            {
                Assert.Contains($"add_header {name} \"{value}\" always;", location.Groups[2].Value, StringComparison.Ordinal);
            }
        }
    }

    // A quoted argument is one token, as the shell reads it.
    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Token();

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();

    [GeneratedRegex("(?m)^  Content-Security-Policy: (.+)$")]
    private static partial Regex HeadersCsp();

    // A location block's path and body (the recipe's blocks hold no nested braces).
    [GeneratedRegex("(?m)^ *location ([^{\n]+?) \\{([^}]*)\\}")]
    private static partial Regex NginxLocation();
}
