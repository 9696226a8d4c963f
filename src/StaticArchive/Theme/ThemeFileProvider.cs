using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StaticArchive.Theme;

/// <summary>Lets Liquid <c>{% include %}</c> and <c>{% render %}</c> read partials from <see cref="ThemeFiles"/>.</summary>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IFileInfo GetFileInfo(string subpath)
    {
        var path = subpath.TrimStart('/');
        return theme.Has(path) ? new ThemeFileInfo(path, theme.Read(path)) : new NotFoundFileInfo(path);
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(string path, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(path);

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
