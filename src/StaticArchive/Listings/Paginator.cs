using StaticArchive.Theme.Models;

namespace StaticArchive.Listings;

/// <summary>
/// Splits a long list into pages: the first at <c>&lt;url&gt;</c>, the next at <c>&lt;url&gt;page/2/</c>
/// (Hugo's scheme), so the first page keeps the short address people share.
/// </summary>
internal static class Paginator
{
    /// <summary>How many documents a listing page shows.</summary>
    public const int PageSize = 50;

    /// <summary>One page of a listing.</summary>
    public sealed record Slice<T>(IReadOnlyList<T> Items, string Url, PaginationView? Pagination);

    /// <summary>Cuts items into pages; a short list is one page without pagination.</summary>
    public static IEnumerable<Slice<T>> Paginate<T>(IReadOnlyList<T> items, string url, Func<string, string> link, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(link);
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        if (total == 1)
        {
            yield return new Slice<T>(items, url, null);
            yield break;
        }

        string UrlOf(int n) => n == 1 ? url : $"{url}page/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var pages = Enumerable.Range(1, total).Select(i => new PageLinkView(i, link(UrlOf(i)), i == n)).ToList();
            var pagination = new PaginationView(n, total, n > 1 ? link(UrlOf(n - 1)) : null, n < total ? link(UrlOf(n + 1)) : null, pages);
            yield return new Slice<T>([.. items.Skip((n - 1) * pageSize).Take(pageSize)], UrlOf(n), pagination);
        }
    }
}
