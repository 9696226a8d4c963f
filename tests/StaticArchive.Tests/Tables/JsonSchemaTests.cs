using System.Text.Json;
using System.Text.Json.Nodes;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Tables;

public sealed class JsonSchemaTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static string SchemaFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "theme", "static", "schemas");
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        throw new DirectoryNotFoundException("theme/static/schemas not found above the test binaries");
    }

    [Fact]
    public void Data_file_schema_is_the_registry_output_and_names_every_table_key()
    {
        var path = Path.Combine(SchemaFolder(), "annual-report-data.schema.json");
        var generated = DataFileJsonSchema.Build();
        if (Environment.GetEnvironmentVariable("STATICARCHIVE_UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        var text = File.ReadAllText(path);
        Assert.Equal(generated, text);
        var schema = JsonNode.Parse(text)!;
        var definitions = schema["definitions"]!;
        foreach (var version in new[] { FormatVersion.Gb2021, FormatVersion.Gb2019 })
        {
            foreach (var table in ReportSchemas.All(version))
            {
                var def = definitions[table.Name == "table4" ? "table4" : $"{table.Name}_{version.Key()}"]!;
                foreach (var row in table.Rows)
                {
                    var node = row.Path.Split('.').Aggregate(def, (n, key) => n["properties"]![key]!);
                    Assert.Equal(row.Columns.Select(c => c.Key), node["properties"]!.AsObject().Select(p => p.Key));
                }
            }
        }
    }

    [Fact]
    public void Front_matter_schema_is_valid_json_and_covers_the_fields()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder(), "front-matter.schema.json")));
        var properties = doc.RootElement.GetProperty("properties");
        foreach (var field in new[] { "title", "type", "date", "summary", "tags", "index_no", "doc_no", "attachments", "published_inconsistencies",
                     "kind", "session", "number", "proposer", "proposers", "handling_units", "result", "result_label", "reply_date", "satisfaction", "source" })
        {
            Assert.True(properties.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Every_corpus_data_file_uses_only_keys_the_schema_names()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder(), "annual-report-data.schema.json")))!;
        var topLevel = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var file in corpus.Files)
        {
            var yaml = new YamlDotNet.RepresentationModel.YamlStream();
            yaml.Load(new StringReader(corpus.Text(file.Path)));
            var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
            var version = ((YamlDotNet.RepresentationModel.YamlScalarNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("format_version")]).Value!;
            foreach (var (key, value) in root.Children)
            {
                var name = ((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!;
                Assert.Contains(name, topLevel);
                if (name is "table2" or "table3" or "table4")
                {
                    var def = schema["definitions"]![name == "table4" ? "table4" : $"{name}_{version}"]!;
                    AssertKeys(def, value, $"{file.Path}:{name}");
                }
            }
        }
    }

    private static void AssertKeys(JsonNode def, YamlDotNet.RepresentationModel.YamlNode node, string where)
    {
        if (node is not YamlDotNet.RepresentationModel.YamlMappingNode map)
        {
            return;
        }

        var properties = def["properties"];
        Assert.True(properties is not null, where);
        Assert.Equal(def["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal),
            map.Children.Keys.Select(k => ((YamlDotNet.RepresentationModel.YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));
        foreach (var (key, value) in map.Children)
        {
            var child = properties![((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!]!;
            if (child["$ref"] is null)
            {
                AssertKeys(child, value, where);
            }
        }
    }
}
