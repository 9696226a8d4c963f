namespace StaticArchive.Core;

/// <summary>
/// One problem found in the content, with where it is and how to fix it.
/// <paramref name="File"/> is relative to the site root with forward slashes (e.g. <c>content/a/2023/x.md</c>);
/// line and column are 1-based, 0 when unknown.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string Hint)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string file, int line, int column, string message, string hint) =>
        new(Severity.Error, code, file, line, column, message, hint);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string file, int line, int column, string message, string hint) =>
        new(Severity.Warning, code, file, line, column, message, hint);

    /// <summary>The compiler-style location, <c>file:line:column</c>.</summary>
    public string Location => Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;

    /// <summary>One line as a compiler prints it: <c>file:line:col: error SA0101: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
