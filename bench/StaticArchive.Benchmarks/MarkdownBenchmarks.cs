using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Renderers;

namespace StaticArchive.Benchmarks;

/// <summary>Transform phase: Markdown → HTML for every document, through one frozen Markdig pipeline.</summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private MarkdownPipeline _pipeline = null!;
    private string _reportBody = string.Empty;
    private string _proposalBody = string.Empty;
    private StringWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BuildPipeline();
        _reportBody = Samples.Split(Samples.AnnualReport).Body;
        _proposalBody = Samples.Split(Samples.Proposal).Body;
        _writer = new StringWriter();
    }

    // Extensions a government archive needs: tables, heading ids for the table of contents, attributes.
    private static MarkdownPipeline BuildPipeline() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseGenericAttributes()
            .Build();

    [Benchmark(Baseline = true, Description = "annual report body (4.7 KB) → HTML")]
    public string Annual_report() => Markdown.ToHtml(_reportBody, _pipeline);

    [Benchmark(Description = "proposal body (2.6 KB) → HTML")]
    public string Proposal() => Markdown.ToHtml(_proposalBody, _pipeline);

    [Benchmark(Description = "annual report, renderer and writer reused")]
    public string Annual_report_reused_writer()
    {
        // Markdown.ToHtml rents a renderer from a pool; this measures what a hand-reused writer saves.
        _writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(_writer);
        _pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(_reportBody, _pipeline));
        return _writer.ToString();
    }

    [Benchmark(Description = "pipeline built per document (anti-pattern)")]
    public string Pipeline_per_document() => Markdown.ToHtml(_reportBody, BuildPipeline());
}
