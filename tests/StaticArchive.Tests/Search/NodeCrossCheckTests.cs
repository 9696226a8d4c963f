using System.Diagnostics;
using System.Text.Json;
using StaticArchive.Search.Query;

namespace StaticArchive.Tests.Search;

/// <summary>The browser's modules, run in node, agree with the C# tokenizer and engine.</summary>
public sealed class NodeCrossCheckTests
{
    [Fact]
    public void Js_tokenizer_agrees_with_the_golden_file()
    {
        var (code, output) = Node("check-tokenizer.mjs");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Js_engine_returns_the_same_ranked_results_as_the_csharp_engine()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sa-search-index-{Environment.ProcessId}");
        foreach (var file in TestCorpus.Files)
        {
            var path = Path.Combine(dir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        var queries = OracleTests.QueryList.ToList();
        var queriesFile = Path.Combine(dir, "queries.json");
        File.WriteAllText(queriesFile, JsonSerializer.Serialize(queries));
        var (code, output) = Node("check-engine.mjs", dir, queriesFile);
        Assert.True(code == 0, output);
        var js = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var engine = TestCorpus.Engine;
        for (var i = 0; i < queries.Count; i++)
        {
            var expected = engine.SearchAll(queries[i]).Select(h => h.Fragment.Url).ToList();
            Assert.Equal(expected, js[i].GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToList());
        }
    }

    private static (int Code, string Output) Node(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(TokenizerTests.RepoRoot(), "tests/StaticArchive.Tests/Search", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
