using System.ComponentModel;
using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>serve</c>.</summary>
public sealed class ServeSettings : SiteSettingsBase
{
    /// <summary>The port.</summary>
    [CommandOption("--port <PORT>")]
    [HelpText("serve.port")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    /// <summary>The address to bind.</summary>
    [CommandOption("--host <ADDRESS>")]
    [HelpText("serve.host")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";
}
