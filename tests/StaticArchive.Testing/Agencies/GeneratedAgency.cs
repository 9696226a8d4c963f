namespace StaticArchive.Testing.Agencies;

/// <summary>An invented agency. Its name and region start with 虚构, so no reader takes it for a real one.</summary>
/// <param name="Slug">The folder name, e.g. <c>dongan-czj</c>.</param>
/// <param name="Name">The full name, e.g. 虚构东安市财政局.</param>
/// <param name="Short">The name its own documents use, e.g. 市财政局.</param>
/// <param name="Level">省级, 市级, 县级 or 乡镇.</param>
/// <param name="Region">The whole region, e.g. 虚构安平省东安市.</param>
/// <param name="RegionShort">The region as prose names it, e.g. 虚构东安市.</param>
/// <param name="LevelPrefix">The one-character level of its people's congress, e.g. 市 in 市十七届人大.</param>
/// <param name="Office">The kind of office; null for a township.</param>
internal sealed record GeneratedAgency(
    string Slug,
    string Name,
    string Short,
    string Level,
    string Region,
    string RegionShort,
    string LevelPrefix,
    Department? Office,
    string? Parent,
    string Address,
    string Postcode,
    string Phone,
    string Email)
{
    /// <summary>Rule-making power (规章) belongs to provincial and city governments only.</summary>
    public bool MakesRegulations => Office?.Key == "zfb" && Level is "省级" or "市级";

    /// <summary>The office's short name without its level and without a trailing 局/厅/委/办.</summary>
    public string BareShort
    {
        get
        {
            if (Level == "乡镇")
            {
                return Short;
            }

            var s = Short[1..];
            return s.Length > 2 && s[^1] is '局' or '厅' or '委' or '办' ? s[..^1] : s;
        }
    }
}
