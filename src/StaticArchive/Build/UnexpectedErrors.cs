using StaticArchive.Core;

namespace StaticArchive.Build;

/// <summary>
/// The last line of defence: an exception no phase turned into a diagnostic is reported as one (naming the
/// document when it came from one), so a build, <c>check</c> and the dev server end with a report, never a crash.
/// </summary>
internal static class UnexpectedErrors
{
    /// <summary>True for what a build reports; cancellation, and running out of memory, still end it.</summary>
    public static bool AreReported(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && !Flatten(exception).Any(e => e is OperationCanceledException or OutOfMemoryException);

    /// <summary>Reports the exception at a file (the content folder's display path when none is known).</summary>
    public static void Report(Exception exception, string file, DiagnosticBag diagnostics)
    {
        var inner = Innermost(exception);
        diagnostics.Error(
            DiagnosticCodes.InternalError, file, 0, 0,
            $"读取或生成时出现未预料的错误（{inner.GetType().Name}：{inner.Message}），构建已停止，output/ 保持原样。",
            "这是本工具的缺陷：请把这条信息连同这个文件报告给维护者；在修好之前，可以先找出并改掉文件里不寻常的部分。");
    }

    // Parallel work wraps what its threads threw, one exception each.
    private static IEnumerable<Exception> Flatten(Exception exception) =>
        exception is AggregateException a ? a.Flatten().InnerExceptions : [exception];

    private static Exception Innermost(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } a ? Innermost(a.InnerExceptions[0]) : exception;
}
