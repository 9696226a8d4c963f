using StaticArchive.Core;
using StaticArchive.Theme;

namespace StaticArchive.Build;

/// <summary>A broken theme template found while rendering, reported as a diagnostic rather than a crash.</summary>
internal static class TemplateErrors
{
    /// <summary>The template errors an exception carries (pages render in parallel, so there may be many).</summary>
    public static List<TemplateException> In(Exception exception) => exception switch
    {
        TemplateException t => [t],
        AggregateException a => [.. a.Flatten().InnerExceptions.OfType<TemplateException>()],
        _ => [],
    };

    /// <summary>Reports each broken template once, however many pages used it.</summary>
    public static void Report(IEnumerable<TemplateException> errors, DiagnosticBag diagnostics)
    {
        foreach (var error in errors.DistinctBy(e => (e.File, e.Message)))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, error.File, 0, 0, $"模板错误：{error.Message}", "改正主题模板；删掉站点 theme/ 里的同名文件即可恢复默认主题。");
        }
    }
}
