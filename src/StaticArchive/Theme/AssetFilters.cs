using Fluid;
using Fluid.Values;

namespace StaticArchive.Theme;

/// <summary>
/// The Liquid filters that reference the theme's fingerprinted files: <c>{{ 'css/site.css' | asset_url }}</c>
/// gives its published address under the site's base path, <c>{{ 'css/site.css' | asset_integrity }}</c> the
/// value of its <c>integrity</c> attribute. A name the theme does not have fails the build, not the page.
/// </summary>
internal static class AssetFilters
{
    /// <summary>Registers the filters for one build's assets and base path.</summary>
    public static TemplateOptions WithAssetFilters(this TemplateOptions options, AssetManifest assets, string basePath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assets);
        options.Filters.AddFilter("asset_url", (input, _, _) => new StringValue(basePath + Find(assets, input).OutputPath));
        options.Filters.AddFilter("asset_integrity", (input, _, _) => new StringValue(Find(assets, input).Integrity, encode: false));
        return options;
    }

    private static AssetManifest.Asset Find(AssetManifest assets, FluidValue input)
    {
        var name = input.ToStringValue();
        return assets.Find(name) ?? throw new TemplateException(
            $"theme/assets/{name}", $"模板用 asset_url 或 asset_integrity 引用了 assets/{name}，主题里没有这个文件。");
    }
}
