using System.Collections.Concurrent;

namespace StaticArchive.Core;

/// <summary>
/// Collects diagnostics from every phase (safe to add to from parallel work) so the build reports
/// all problems at once instead of stopping at the first.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
    }

    /// <summary>Adds an error.</summary>
    public void Error(string code, string file, int line, int column, string message, string hint) =>
        Add(Diagnostic.Error(code, file, line, column, message, hint));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string file, int line, int column, string message, string hint) =>
        Add(Diagnostic.Warning(code, file, line, column, message, hint));

    /// <summary>True once any error was added.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics in a stable order (file, line, column, code), whatever thread added them.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
