using Spectre.Console.Cli;
using StaticArchive.Cli;
using StaticArchive.Cli.Help;

var words = CliWords.For(SiteLanguage.Of(args));
var app = new CommandApp();
app.Configure(config => CliConfiguration.Configure(config, words));
return app.Run(args);
