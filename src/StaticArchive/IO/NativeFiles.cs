using System.Runtime.InteropServices;

namespace StaticArchive.IO;

/// <summary>
/// Two file operations .NET lacks: a hard link (a second name for a file, no bytes copied) and swapping two
/// folders in one step. Each answers false where the system cannot, and the caller takes a slower way.
/// </summary>
internal static class NativeFiles
{
    private const uint RenameExchange = 2;
    private const int AtFdCwd = -100;

    /// <summary>Links <paramref name="destination"/> to <paramref name="source"/>; false when the system or file system cannot.</summary>
    public static bool TryLink(string source, string destination)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(source, destination) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Swaps two existing folders atomically (Linux's renameat2 with RENAME_EXCHANGE); false when the system or file system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than renameat2
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string source, [MarshalAs(UnmanagedType.LPUTF8Str)] string destination);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int firstFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string first, int secondFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string second, uint flags);
}
