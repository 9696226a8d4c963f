using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using StaticArchive.Content;
using StaticArchive.Documents;
using StaticArchive.Markdown;

namespace StaticArchive.Benchmarks;

/// <summary>
/// The steps inside <see cref="DocumentTransformer.Transform"/> one by one, to find which of them makes the whole
/// step cost more than the sum of Markdown and YAML (see <see cref="TransformBenchmarks"/>).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class TransformStepsBenchmarks
{
    private MarkdownPipeline _pipeline = null!;
    private string _body = string.Empty;
    private MarkdownDocument _ast = null!;
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = MarkdownPipelineFactory.Create();
        _body = FrontMatter.Split(Samples.AnnualReport).Body;
        _ast = Markdig.Markdown.Parse(_body, _pipeline);
        _text = PlainText.Extract(_ast, DocumentData.TextOf);
    }

    [Benchmark(Baseline = true, Description = "Markdown.Parse (report body)")]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(_body, _pipeline);

    [Benchmark(Description = "AST → HTML")]
    public string To_html() => _ast.ToHtml(_pipeline);

    [Benchmark(Description = "PlainText.Extract")]
    public string Plain_text() => PlainText.Extract(_ast, DocumentData.TextOf);

    [Benchmark(Description = "Cjk.Truncate(text, 120)")]
    public string Excerpt() => Cjk.Truncate(_text, 120);
}
