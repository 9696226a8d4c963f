using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>serve</c>.</summary>
public sealed class ServeSettings : SiteSettingsBase
{
    /// <summary>The port.</summary>
    [CommandOption("--port <PORT>")]
    [Description("端口（默认 5080）")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    /// <summary>The address to bind.</summary>
    [CommandOption("--host <ADDRESS>")]
    [Description("监听地址（默认只在本机 127.0.0.1；给局域网预览用 0.0.0.0）")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";
}
