using System.Collections.Concurrent;
using StaticArchive.Core;
using StaticArchive.Output;
using StaticArchive.Pages;
using StaticArchive.Theme;

namespace StaticArchive.Build;

/// <summary>
/// Render: the features' pages in parallel, and beside them each feature's files (search index, datasets),
/// written as they are produced rather than gathered first, so both cores work and memory stays flat. Files of a
/// feature that observes pages (the sitemap) are made after the last page; then the theme's own files.
/// </summary>
internal static class RenderPhase
{
    public static void Run(IEnumerable<PageSpec> pages, IReadOnlyList<IArchiveFeature> features, IncrementalRun run, ThemeFiles theme, AggregateContext context, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var afterPages = features.Where(f => f is IPageObserver).ToList();
        var work = features.Except(afterPages)
            .Select(f => (Action)(() => WriteAll(run.Output, f.Files(context), parallel)))
            .Prepend(() =>
            {
                Parallel.ForEach(pages, parallel, run.Renderer.Render);
                foreach (var feature in afterPages)
                {
                    WriteAll(run.Output, feature.Files(context), parallel);
                }
            });
        Parallel.Invoke(parallel, [.. work]);
        CopyThemeFiles(theme, run.Output);
    }

    // One file at a time from the feature's sequence, so a feature that makes files as it goes (the search
    // index) never has many waiting, and several in parallel, so one feature's files are no single-threaded tail.
    private static void WriteAll(IncrementalOutput output, IEnumerable<OutputFile> files, ParallelOptions parallel) =>
        Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), parallel, output.Write);

    private static void CopyThemeFiles(ThemeFiles theme, IncrementalOutput output)
    {
        foreach (var asset in theme.Assets.All)
        {
            output.Write(asset.OutputPath, asset.Bytes);
        }

        foreach (var path in theme.Under("static/"))
        {
            output.Write(path["static/".Length..], theme.Read(path));
        }
    }
}
