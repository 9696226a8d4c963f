namespace StaticArchive.Server;

/// <summary>Where the dev server listens; loopback unless asked otherwise.</summary>
public sealed record DevServerOptions(int Port = 5080, string Host = "127.0.0.1");
