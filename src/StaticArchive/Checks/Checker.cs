using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Checks;

/// <summary>
/// <c>check</c>: the build itself as a dry run, so front matter, data files, table rules, duplicate URLs and the
/// editors' checks (<see cref="ChecksFeature"/>) are reported by the very code that builds, once each. Writes nothing.
/// </summary>
public sealed class Checker
{
    private readonly IFileSystem _files;

    /// <summary>Creates a checker over the real file system.</summary>
    public Checker()
        : this(PhysicalFileSystem.Instance)
    {
    }

    internal Checker(IFileSystem files) => _files = files;

    /// <summary>Checks a site.</summary>
    public CheckResult Check(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var build = new SiteBuilder(_files) { DryRun = true }.Build(options, cancellationToken);
        return new CheckResult(build.Diagnostics, build.Documents);
    }
}
