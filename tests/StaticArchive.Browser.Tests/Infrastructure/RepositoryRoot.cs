namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Finds the repository by walking up from the test assembly to <c>StaticArchive.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding <c>StaticArchive.sln</c>.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StaticArchive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"StaticArchive.sln not found above {AppContext.BaseDirectory}.");
    }
}
