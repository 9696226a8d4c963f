using Spectre.Console.Cli;
using StaticArchive.Cli;

var app = new CommandApp();
app.Configure(CliConfiguration.Configure);
return app.Run(args);
