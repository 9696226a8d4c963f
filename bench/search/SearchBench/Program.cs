// Builds the search index (and, with --html, plain HTML pages plus a /search/ page) from a gen-corpus.py
// corpus: dotnet run -- <corpus-dir> <site-dir> [--html]. Prints one JSON line of figures.
using System.Diagnostics;
using System.Text.Json;
using StaticArchive.Search;
using StaticArchive.SearchBench;

var corpus = args[0];
var site = args[1];
var html = args.Contains("--html");
var read = Stopwatch.StartNew();
var docs = Corpus.Read(Path.Combine(corpus, "content"));
read.Stop();
// CPU seconds as well as wall: the machine is shared, so wall-clock time depends on other people's load.
var cpu = Process.GetCurrentProcess();
var cpuBefore = cpu.TotalProcessorTime;
var build = Stopwatch.StartNew();
var builder = new SearchIndexBuilder();
foreach (var doc in docs)
{
    builder.Add(doc);
}
var addSeconds = build.Elapsed.TotalSeconds;
var files = builder.Build();
build.Stop();
cpu.Refresh();
var indexCpu = cpu.TotalProcessorTime - cpuBefore;
foreach (var file in files)
{
    var path = Path.Combine(site, file.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, file.Content);
}
if (html)
{
    Pages.Write(site, docs);
}
var truth = args.Contains("--truth") ? Truth.Check(docs, files).ToList() : null;
Console.WriteLine(JsonSerializer.Serialize(new
{
    docs = docs.Count,
    readSeconds = Math.Round(read.Elapsed.TotalSeconds, 2),
    indexSeconds = Math.Round(build.Elapsed.TotalSeconds, 2),
    addSeconds = Math.Round(addSeconds, 2),
    indexCpuSeconds = Math.Round(indexCpu.TotalSeconds, 2),
    indexBytes = files.Sum(f => (long)f.Content.Length),
    indexFiles = files.Count,
    shards = files.Count(f => f.Path.StartsWith("search/s/", StringComparison.Ordinal)),
    truth,
}, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
