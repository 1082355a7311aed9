namespace Hedershus.Web.Site.Search;

/// <summary>A search as the site's form posts it: the words, the chosen facet values (not yet checked) and the page.</summary>
public sealed record SiteSearchQuery(string Text, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, int Page)
{
    public static SiteSearchQuery Empty { get; } = new("", new Dictionary<string, IReadOnlyList<string>>(), 1);

    public bool IsEmpty => Text.Length == 0;

    public IReadOnlyList<string> Chosen(string facet) => Filters.TryGetValue(facet, out var values) ? values : [];
}
