using System.Globalization;
using System.Text;
using StaticArchive.Testing.Agencies;

namespace StaticArchive.Testing.Figures;

/// <summary>A report's data file: keys and numbers only, money quoted, a blank cell <c>null</c>.</summary>
internal static class FiguresYaml
{
    public static string Write(GeneratedAgency agency, int year, string published, ReportFigures figures)
    {
        var yaml = new StringBuilder()
            .Append("schema: zfxxgk-annual-report/1\n")
            .Append("format_version: ").Append(figures.FormatVersion).Append('\n')
            .Append("report:\n")
            .Append("  agency: ").Append(Yaml.Quote(agency.Name)).Append('\n')
            .Append("  agency_kind: ").Append(agency.Level == "乡镇" ? "government" : "department").Append('\n')
            .Append("  region: ").Append(Yaml.Quote(agency.Region)).Append('\n')
            .Append("  year: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("  published: ").Append(published).Append('\n')
            .Append("  format_version: ").Append(figures.FormatVersion).Append('\n');
        Table(yaml, "table2", figures.Table2);
        Table(yaml, "table3", figures.Table3);
        Table(yaml, "table4", figures.Table4);
        return yaml.ToString();
    }

    private static void Table(StringBuilder yaml, string name, List<FigureRow> rows)
    {
        yaml.Append(name).Append(":\n");
        string? group = null;
        foreach (var row in rows)
        {
            var dot = row.Path.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                yaml.Append("  ").Append(row.Path).Append(": ");
            }
            else
            {
                if (group != row.Path[..dot])
                {
                    group = row.Path[..dot];
                    yaml.Append("  ").Append(group).Append(":\n");
                }

                yaml.Append("    ").Append(row.Path[(dot + 1)..]).Append(": ");
            }

            yaml.Append('{');
            for (var i = 0; i < row.Columns.Length; i++)
            {
                yaml.Append(i == 0 ? "" : ", ").Append(row.Columns[i]).Append(": ").Append(row.Values[i] switch
                {
                    null => "null",
                    string text => Yaml.Quote(text),
                    var number => Convert.ToString(number, CultureInfo.InvariantCulture),
                });
            }

            yaml.Append("}\n");
        }
    }
}
