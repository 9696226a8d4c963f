using System.Diagnostics;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>
/// Runs the phases: Load → Transform → Aggregate → Render → Write. Documents are transformed and their pages
/// rendered in parallel batches (<see cref="DocumentPass"/>); features see documents in a stable order, so
/// output never depends on thread timing.
/// </summary>
public sealed class SiteBuilder
{
    private readonly IFileSystem _files;

    /// <summary>Creates a builder over the real file system.</summary>
    public SiteBuilder()
        : this(PhysicalFileSystem.Instance)
    {
    }

    internal SiteBuilder(IFileSystem files) => _files = files;

    /// <summary>Reports progress ("transform 256/1000") to a shell that wants it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    /// <summary>State kept between builds of one process (the dev server); null means a fresh one per build.</summary>
    public IncrementalSession? Session { get; init; }

    /// <summary>Runs every phase but writes nothing (<c>check</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Publishes drafts too, each marked 草稿 (the preview of <c>serve</c>); <c>build</c> and <c>check</c> leave them out.</summary>
    public bool ShowDrafts { get; init; }

    /// <summary>Reads each document's revisions from git when content/ is inside a repository; otherwise front-matter dates only.</summary>
    public bool ReadGitHistory { get; init; }

    /// <summary>Where revision histories come from; null means <see cref="ReadGitHistory"/> decides.</summary>
    internal IDocumentHistory? History { get; init; }

    /// <summary>Builds the site. On any error the previous output stays exactly as it was.</summary>
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var history = History ?? (ReadGitHistory ? GitHistory.LoadInBackground(options.Content) : DocumentHistory.None);
        var stamp = UpToDateCheck.Start(_files, options, history, enabled: Session is null && !DryRun, cancellationToken);
        if (stamp.IsUpToDate)
        {
            return stamp.PreviousResult(clock.Elapsed);
        }

        var diagnostics = new DiagnosticBag();
        LoadedSite site;
        IncrementalRun run;
        try
        {
            site = LoadedSite.Load(_files, options, diagnostics);
            run = IncrementalRun.Start(site.Files, options, site, Session, history, DryRun);
        }
        catch (Exception ex) when (UnexpectedErrors.AreReported(ex, cancellationToken))
        {
            UnexpectedErrors.Report(ex, new ContentPaths(options.Content).Display(options.Content), diagnostics);
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, clock.Elapsed, []);
        }

        var context = new AggregateContext(site.Files, site, diagnostics, history);
        var features = ArchiveFeatures.Create();
        try
        {
            var transformed = Transform(site, run, features, context, cancellationToken);
            var pages = Aggregate(site, transformed, features, context);
            RenderPhase.Run(pages, features, run, site.Theme, context, cancellationToken);
            Verify(features, run, context);
        }
        catch (Exception ex) when (TemplateErrors.In(ex) is { Count: > 0 } errors)
        {
            TemplateErrors.Report(errors, diagnostics);
        }
        catch (Exception ex) when (UnexpectedErrors.AreReported(ex, cancellationToken))
        {
            UnexpectedErrors.Report(ex, site.Paths.Display(options.Content), diagnostics);
        }

        return Write(run, stamp, site, diagnostics, clock);
    }

    // Transform: each document, its page rendered as soon as it is transformed; features observe them in order.
    private DocumentPass Transform(LoadedSite site, IncrementalRun run, IReadOnlyList<IArchiveFeature> features, AggregateContext context, CancellationToken cancellationToken)
    {
        var pass = new DocumentPass(site.Files, site, run, context.Diagnostics, context.History) { Progress = Progress, ShowDrafts = ShowDrafts };
        pass.Run(features, context, cancellationToken);
        return pass;
    }

    // Aggregate: the complete archive for the features, and their pages.
    private static IEnumerable<PageSpec> Aggregate(LoadedSite site, DocumentPass transformed, IReadOnlyList<IArchiveFeature> features, AggregateContext context)
    {
        var agencies = transformed.ShowDrafts ? site.Content.Agencies : [.. site.Content.Agencies.Where(a => !a.Draft)];
        context.Archive = new Archive(site.Content.Settings, agencies, transformed.Documents, transformed.Reports);
        context.Views = new ViewFactory(context.Archive, site.Urls, site.Strings);
        return FeaturePages(features, context);
    }

    // Pages are made as the renderers ask for them, so their view models are not all alive at once;
    // Parallel.ForEach pulls them one at a time, so page observers see them in this order.
    private static IEnumerable<PageSpec> FeaturePages(IReadOnlyList<IArchiveFeature> features, AggregateContext context)
    {
        var observers = features.OfType<IPageObserver>().ToList();
        foreach (var page in features.SelectMany(f => f.Pages(context)))
        {
            foreach (var observer in observers)
            {
                observer.ObservePage(page, context);
            }

            yield return page;
        }
    }

    private static void Verify(IReadOnlyList<IArchiveFeature> features, IncrementalRun run, AggregateContext context)
    {
        context.OutputPaths = run.Output.Written;
        context.OutputSizes = run.Output.Lengths;
        foreach (var feature in features)
        {
            feature.Verify(context);
        }
    }

    // Write: only a build without errors replaces the output (with its caches written first); check never does.
    private BuildResult Write(IncrementalRun run, UpToDateCheck stamp, LoadedSite site, DiagnosticBag diagnostics, Stopwatch clock)
    {
        var sorted = diagnostics.ToSortedList();
        if (DryRun || sorted.Any(d => d.Severity == Severity.Error))
        {
            run.Discard();
            return run.Result(sorted, site.Content.Documents.Count, clock.Elapsed);
        }

        var caches = new CacheWrites(_files);
        run.Prepare(caches);
        stamp.Stamp(caches, run.Output.StagingFolder, site.Content.Documents.Count, sorted);
        if (caches.Stage() is { } failed)
        {
            CacheErrors.Report(failed.Path, failed.Error, site.Paths, diagnostics);
            run.Discard();
            return run.Result(diagnostics.ToSortedList(), site.Content.Documents.Count, clock.Elapsed);
        }

        run.Commit();
        caches.Publish();
        return run.Result(sorted, site.Content.Documents.Count, clock.Elapsed);
    }
}
