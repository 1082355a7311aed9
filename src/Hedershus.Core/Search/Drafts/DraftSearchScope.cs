using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hedershus.Core.Search.Drafts;

/// <summary>
/// What an editor may find in the drafts index: documents of a start node or below one, in the allowed cultures.
/// Null leaves an axis unrestricted; an empty list allows nothing. The permission model fills it in; the search
/// applies it inside the Lucene query, so totals and facet counts never reveal documents out of scope.
/// </summary>
/// <param name="StartNodes">Keys of the nodes whose subtrees the editor may search; null for the whole tree.</param>
/// <param name="Cultures">Culture codes (as the culture catalog spells them) the editor may search; null for every culture.</param>
public sealed record DraftSearchScope(IReadOnlyCollection<Guid>? StartNodes = null, IReadOnlyCollection<string>? Cultures = null)
{
    /// <summary>No restriction (administrators, and automation with the API key).</summary>
    public static DraftSearchScope Everything { get; } = new();

    public bool AllowsCulture(string culture) =>
        Cultures is null || Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The documents in scope, or null when the scope restricts nothing.</summary>
    public Query? Filter()
    {
        if (StartNodes is null && Cultures is null)
        {
            return null;
        }

        var filter = new BooleanQuery();
        if (StartNodes is not null)
        {
            filter.Add(AnyOf(IndexFields.Path, StartNodes.Select(k => k.ToString("D"))), Occur.MUST);
        }

        if (Cultures is not null)
        {
            filter.Add(AnyOf(IndexFields.Culture, Cultures), Occur.MUST);
        }

        return filter;
    }

    /// <summary>Any of the values; none matches nothing (an empty boolean query has no hits).</summary>
    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }
}
