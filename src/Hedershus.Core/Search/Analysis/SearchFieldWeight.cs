namespace Hedershus.Core.Search.Analysis;

/// <summary>A field a query searches and how much a match in it counts.</summary>
public sealed record SearchFieldWeight(string Field, float Boost)
{
    /// <summary>
    /// Name above summary above body; tags like a summary; the folded twins at half their field's weight, so a
    /// correctly spelt match wins over one found only without diacritics.
    /// </summary>
    public static IReadOnlyList<SearchFieldWeight> Default { get; } =
    [
        new(SearchFields.Name, 3f),
        new(SearchFields.Summary, 2f),
        new(SearchFields.Body, 1f),
        new(SearchFields.Tags, 2f),
        new(SearchFields.NameFolded, 1.5f),
        new(SearchFields.SummaryFolded, 1f),
        new(SearchFields.BodyFolded, 0.5f),
    ];
}
