using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Import;

namespace StaticArchive.Cli.Commands;

/// <summary><c>import</c>: turns published pages, text dumps, PDFs and Word files into archive content, and reports
/// what it found. Exit code: 0 clean, 1 any error, 2 something needs a human look.</summary>
public sealed class ImportCommand(IAnsiConsole console) : Command<ImportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = new ImportRequest(settings.Inputs, settings.Agency, Path.GetFullPath(settings.Content), settings.Year, settings.Type, settings.DryRun, settings.Force);
        var showProgress = settings.Format == "human" && console.Profile.Capabilities.Interactive && settings.Inputs.Any(Directory.Exists);
        var report = showProgress
            ? console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("导入");
                return Importer.Run(request, new ProgressTaskReporter(task), cancellationToken);
            })
            : Importer.Run(request, null, cancellationToken);
        if (settings.Format == "json")
        {
            ImportPrinter.Json(console, report);
        }
        else
        {
            ImportPrinter.Human(console, report);
        }

        return report.ExitCode;
    }

    private sealed class ProgressTaskReporter(ProgressTask task) : IProgress<(int Done, int Total, string File)>
    {
        public void Report((int Done, int Total, string File) value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = value.File.Length == 0 ? "导入完成" : $"导入 {Path.GetFileName(Path.GetDirectoryName(value.File))}/{Path.GetFileName(value.File)}";
        }
    }
}
