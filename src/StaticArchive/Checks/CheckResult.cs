using StaticArchive.Core;

namespace StaticArchive.Checks;

/// <summary>The outcome of <c>check</c>: every diagnostic of the build plus the checks' own, sorted by file and line.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Documents)
{
    /// <summary>The number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>0 clean, 1 errors, 2 warnings only when <paramref name="strict"/> (the exit code of <c>check</c>).</summary>
    public int ExitCode(bool strict) => Errors > 0 ? 1 : strict && Warnings > 0 ? 2 : 0;
}
