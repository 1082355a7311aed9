using Microsoft.AspNetCore.Components;

namespace Hedershus.Web.Site.Search;

/// <summary>What the search page shows: the words asked for and, once asked, one page of hits with their facets.</summary>
public sealed class SearchResultsView
{
    public static SearchResultsView Empty { get; } = new() { Text = "" };

    public required string Text { get; init; }
    public int Total { get; init; }
    public int Page { get; init; } = 1;
    public int PageCount { get; init; }
    public IReadOnlyList<SearchHitView> Hits { get; init; } = [];
    public IReadOnlyList<SearchFacetView> Facets { get; init; } = [];
    public string? DidYouMean { get; init; }

    /// <summary>Names (in their own language) of the other languages hits on this page are in.</summary>
    public IReadOnlyList<string> OtherLanguages { get; init; } = [];

    public bool Searched => Text.Length > 0;
}

/// <summary>
/// One hit. <see cref="Snippet"/> is the search's own escaped text with matched words in &lt;mark&gt;. A hit in
/// another language than the page's carries its language tag, direction and name.
/// </summary>
public sealed record SearchHitView(
    string Title,
    string Href,
    MarkupString Snippet,
    string Kind,
    string? LanguageTag,
    string? Direction,
    string? LanguageName);

/// <summary>A facet offered as a filter: its values with counts, the chosen ones checked.</summary>
public sealed record SearchFacetView(string Name, string Legend, IReadOnlyList<SearchFacetValueView> Values);

public sealed record SearchFacetValueView(string Value, SiteLabel Label, int Count, bool Chosen);
