using System.Text.RegularExpressions;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Search;
using Hedershus.Core.Search.Querying;
using Microsoft.AspNetCore.Components;

namespace Hedershus.Web.Site.Search;

/// <summary>
/// The search page over the published index: one page of hits linked for the visitor, facets offered as filters,
/// "did you mean", and the languages of hits that are not in the visitor's. Filter values the content model does not
/// know are dropped, so a tampered form narrows nothing and echoes nothing.
/// </summary>
public sealed partial class SiteSearch(SearchService search, DocumentTypeRegistry registry, SiteCultures cultures)
{
    public const int PageSize = 10;
    public const int MaxPage = SearchRequestValidator.MaxRanked / PageSize;
    private const int MaxFacetValues = 12;

    /// <summary>
    /// The facets the page offers. Culture is left out (the visitor chose a language already), and so is municipality:
    /// Hitta hjälp lists a municipality's services better than a column of 26 names with one hit each.
    /// </summary>
    public static IReadOnlyList<string> Facets { get; } = [SearchFacets.ContentType, SearchFacets.Audience, SearchFacets.Topic];

    public SearchResultsView Run(PublishedSnapshot snapshot, string culture, SiteSearchQuery query)
    {
        if (query.IsEmpty)
        {
            return SearchResultsView.Empty;
        }

        var filters = Facets.ToDictionary(f => f, f => query.Chosen(f).Where(v => IsKnown(f, v)).ToList(), StringComparer.Ordinal);
        var result = search.Search(new SearchRequest
        {
            Q = query.Text,
            Culture = culture,
            Filters = filters.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => (List<string>?)f.Value, StringComparer.Ordinal),
            Page = query.Page,
            PageSize = PageSize,
        });
        var text = SiteTexts.For(culture);
        var linker = new SiteLinker(snapshot, cultures, culture);
        var hits = result.Items.Select(h => Hit(h, culture, snapshot, linker, text)).ToList();
        return new SearchResultsView
        {
            Text = query.Text,
            Total = result.Total,
            Page = query.Page,
            PageCount = (Math.Min(result.Total, SearchRequestValidator.MaxRanked) + PageSize - 1) / PageSize,
            Hits = hits,
            Facets = Facets.Select(f => Facet(f, result, filters[f], text)).Where(f => f.Values.Count > 0).ToList(),
            DidYouMean = result.DidYouMean,
            OtherLanguages = result.Items.Select(h => h.Culture).Concat(result.FallbackCultures)
                .Where(c => !string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(NativeName).ToList(),
        };
    }

    /// <summary>
    /// A hit links to the page in the visitor's language prefix when the site serves the hit's text there; else to
    /// the hit's own address, so the visitor reads what the snippet showed.
    /// </summary>
    private SearchHitView Hit(SearchHit hit, string culture, PublishedSnapshot snapshot, SiteLinker linker, SiteText text)
    {
        var node = snapshot.Find(hit.Id);
        var servedHere = node is not null && string.Equals(cultures.Served(node, culture)?.Culture, hit.Culture, StringComparison.OrdinalIgnoreCase);
        var href = (servedHere ? linker.Url(node!) : null) ?? hit.Url ?? cultures.Root(culture);
        var foreign = !string.Equals(hit.Culture, culture, StringComparison.OrdinalIgnoreCase);
        var tag = cultures.LanguageTag(hit.Culture);
        var otherDirection = cultures.RightToLeft(hit.Culture) != cultures.RightToLeft(culture);
        return new SearchHitView(
            hit.Name,
            href,
            new MarkupString(hit.Snippet),
            text.ContentTypes.TryGetValue(hit.ContentType, out var kind) ? kind : hit.ContentType,
            foreign && tag != cultures.LanguageTag(culture) ? tag : null,
            otherDirection ? (cultures.RightToLeft(hit.Culture) ? "rtl" : "ltr") : null,
            foreign ? NativeName(hit.Culture) : null);
    }

    private static SearchFacetView Facet(string facet, SearchResult result, List<string> chosen, SiteText text)
    {
        var counts = result.Facets.TryGetValue(facet, out var c) ? c : new Dictionary<string, int>();
        var shown = counts.Keys.Take(MaxFacetValues).Union(chosen, StringComparer.Ordinal);
        var values = shown.Select(v => new SearchFacetValueView(v, Label(facet, v, text), counts.GetValueOrDefault(v), chosen.Contains(v, StringComparer.Ordinal)))
            .Where(v => v.Chosen || counts.Count > 1 || chosen.Count > 0)
            .ToList();
        return new SearchFacetView(facet, Legend(facet, text), values);
    }

    private static SiteLabel Label(string facet, string value, SiteText text) => facet switch
    {
        SearchFacets.ContentType => new SiteLabel(text.ContentTypes.TryGetValue(value, out var type) ? type : value),
        SearchFacets.Audience => new SiteLabel(text.Audiences.TryGetValue(value, out var audience) ? audience : value),
        SearchFacets.Topic => SiteTexts.TopicLabel(text, value),
        _ => new SiteLabel(value),
    };

    private static string Legend(string facet, SiteText text) => facet switch
    {
        SearchFacets.ContentType => text.ContentTypeFacet,
        SearchFacets.Audience => text.AudienceFacet,
        _ => text.Topic,
    };

    /// <summary>Values the content model offers: document types, the audience list, tags shaped like tags.</summary>
    private bool IsKnown(string facet, string value) => facet switch
    {
        SearchFacets.ContentType => registry.Find(value) is { IsElement: false },
        SearchFacets.Audience => registry.Find("guidancePage")?.FindProperty("audience")?.Config.Items.Contains(value, StringComparer.Ordinal) == true,
        SearchFacets.Topic => TopicShape().IsMatch(value),
        _ => false,
    };

    private string NativeName(string culture) => cultures.All.FirstOrDefault(c => string.Equals(c.Code, culture, StringComparison.OrdinalIgnoreCase))?.NativeName ?? culture;

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}-]{0,59}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex TopicShape();
}
