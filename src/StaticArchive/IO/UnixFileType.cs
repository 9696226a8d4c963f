using System.Runtime.InteropServices;

namespace StaticArchive.IO;

/// <summary>
/// The type of a file on Linux, which .NET does not expose: a FIFO, a socket and a device all look like plain
/// files to <see cref="FileInfo"/>, and opening a FIFO blocks until someone writes to it.
/// </summary>
internal static class UnixFileType
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>What is at the path (links not followed); null when the system cannot tell (not Linux).</summary>
    public static FileEntryKind? Inspect(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return FileEntryKind.Missing;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library older than statx
        }

        return (MemoryMarshal.Read<ushort>(buffer.AsSpan(ModeOffset)) & TypeMask) switch
        {
            RegularFile => FileEntryKind.File,
            Directory => FileEntryKind.Directory,
            SymbolicLink => FileEntryKind.Link,
            _ => FileEntryKind.Special,
        };
    }

    // statx(2) rather than stat(2): its struct has the same layout on every Linux architecture.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
