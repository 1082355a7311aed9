using Hedershus.Core.Common;

namespace Hedershus.Core.Search.Querying;

/// <summary>Checks a search request and names every field that is wrong (400). Messages never repeat the query text.</summary>
public sealed class SearchRequestValidator(CultureCatalog cultures)
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 10;
    public const int MaxRanked = 10_000;
    public const int MaxFilterValues = 50;

    /// <summary>Words of a query that spelling and completion look at.</summary>
    public const int MaxWords = 32;

    public ValidSearch Validate(SearchRequest request)
    {
        var errors = new ValidationErrors();
        var text = request.Q?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add("q", "Enter something to search for.");
        }
        else if (text.Length > MaxQueryLength)
        {
            errors.Add("q", $"A search may be at most {MaxQueryLength} characters long.");
        }

        var culture = ValidateCulture(request.Culture, errors);
        var filters = ValidateFilters(request.Filters, errors);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? DefaultPageSize;
        if (page < 1)
        {
            errors.Add("page", "The page must be 1 or more.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        }
        else if (page >= 1 && (long)page * pageSize > MaxRanked)
        {
            errors.Add("page", $"Only the first {MaxRanked} hits can be paged through; narrow the search.");
        }

        var sort = ValidateSort(request.Sort, errors);
        errors.ThrowIfAny();
        return new ValidSearch(text, culture, filters, page, pageSize, sort);
    }

    /// <summary>The canonical culture code, the default culture when none is given.</summary>
    public string ValidateCulture(string? culture, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return cultures.Default;
        }

        if (cultures.Normalize(culture.Trim()) is { } known)
        {
            return known;
        }

        errors.Add("culture", $"Unknown culture '{Shorten(culture)}'; use one of: {string.Join(", ", cultures.All.Select(c => c.Code))}.");
        return cultures.Default;
    }

    private static Dictionary<string, IReadOnlyList<string>> ValidateFilters(Dictionary<string, List<string>?>? filters, ValidationErrors errors)
    {
        var valid = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in filters ?? [])
        {
            if (SearchFacets.Find(name) is not { } facet)
            {
                errors.Add($"filters.{Shorten(name)}", $"Unknown facet '{Shorten(name)}'; filter by one of: {string.Join(", ", SearchFacets.All)}.");
                continue;
            }

            var kept = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (kept.Count > MaxFilterValues)
            {
                errors.Add($"filters.{facet}", $"At most {MaxFilterValues} values per facet.");
            }
            else if (kept.Count > 0)
            {
                valid[facet] = kept;
            }
        }

        return valid;
    }

    private static SearchSort ValidateSort(string? sort, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(sort) || string.Equals(sort, "relevance", StringComparison.OrdinalIgnoreCase))
        {
            return SearchSort.Relevance;
        }

        if (string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase))
        {
            return SearchSort.Date;
        }

        errors.Add("sort", "Sort by 'relevance' or 'date'.");
        return SearchSort.Relevance;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
