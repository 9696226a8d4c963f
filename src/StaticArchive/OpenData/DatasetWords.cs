using StaticArchive.Theme;

namespace StaticArchive.OpenData;

/// <summary>The titles and notes the open-data files carry, in the site's language (<c>theme/i18n/*/data.yml</c>).</summary>
internal sealed class DatasetWords
{
    private readonly Func<string, string> _lookup;

    /// <summary>Words looked up by key (e.g. <c>field_year</c>).</summary>
    public DatasetWords(Func<string, string> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        _lookup = lookup;
    }

    /// <summary>The words of a theme.</summary>
    public static DatasetWords From(UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new DatasetWords(key => strings[key]);
    }

    /// <summary>The title of the report column with this machine name (<c>field_&lt;name&gt;</c>).</summary>
    public string Field(string name) => _lookup("field_" + name);

    /// <summary>The note on the report column with this machine name (<c>note_&lt;name&gt;</c>).</summary>
    public string Note(string name) => _lookup("note_" + name);

    /// <summary>Any other word by key.</summary>
    public string this[string key] => _lookup(key);
}
