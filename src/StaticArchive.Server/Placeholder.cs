namespace StaticArchive.Server;

internal static class Placeholder;
