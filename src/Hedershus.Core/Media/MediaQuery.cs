using System.Globalization;
using Hedershus.Core.Common;

namespace Hedershus.Core.Media;

/// <summary>
/// A Delivery API media query: <c>fetch=children:{id|path}</c> (required), <c>filter=mediaType:…</c> and
/// <c>filter=name:…</c>, and <c>sort=name|createDate|updateDate|sortOrder:asc|desc</c>. Anything else is a 400
/// that names the parameter.
/// </summary>
public sealed class MediaQuery
{
    public const string ChildrenSelector = "children:";

    private readonly IReadOnlyList<Func<MediaItem, bool>> _filters;
    private readonly IReadOnlyList<Comparison<MediaItem>> _sorts;

    private MediaQuery(string start, IReadOnlyList<Func<MediaItem, bool>> filters, IReadOnlyList<Comparison<MediaItem>> sorts)
    {
        Start = start;
        _filters = filters;
        _sorts = sorts;
    }

    /// <summary>What follows "children:": an id, a path of names, "/" for the root, or empty (which selects nothing).</summary>
    public string Start { get; }

    public static MediaQuery Parse(string? fetch, IEnumerable<string>? filters, IEnumerable<string>? sorts)
    {
        var errors = new ValidationErrors();
        if (fetch is null || !fetch.StartsWith(ChildrenSelector, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("fetch", $"Media queries need fetch={ChildrenSelector}{{id or path}}; use {ChildrenSelector}/ for the root.");
        }

        var parsedFilters = (filters ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => ParseFilter(f, errors)).ToList();
        var parsedSorts = (sorts ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => ParseSort(s, errors)).ToList();
        errors.ThrowIfAny();
        return new MediaQuery(fetch![ChildrenSelector.Length..], parsedFilters, parsedSorts);
    }

    /// <summary>Filters and orders the children of the start item; without sorts, the editors' order.</summary>
    public IEnumerable<MediaItem> Apply(IEnumerable<MediaItem> children)
    {
        var filtered = _filters.Aggregate(children, (items, filter) => items.Where(filter));
        var sorts = _sorts.Count > 0 ? _sorts : [BySortOrder];
        return filtered.Order(Comparer<MediaItem>.Create((a, b) =>
        {
            foreach (var sort in sorts)
            {
                if (sort(a, b) is var order and not 0)
                {
                    return order;
                }
            }

            return a.Id.CompareTo(b.Id);
        }));
    }

    private static Func<MediaItem, bool> ParseFilter(string filter, ValidationErrors errors)
    {
        var (field, value) = Split(filter);
        if (field.Equals("mediaType", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
        {
            var types = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return m => types.Contains(m.MediaType.ToString(), StringComparer.OrdinalIgnoreCase);
        }

        if (field.Equals("name", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
        {
            return m => m.Name.Contains(value, StringComparison.OrdinalIgnoreCase);
        }

        errors.Add("filter", $"'{filter}' is not a media filter; use mediaType:{{Folder|Image|File}} or name:{{text}}.");
        return _ => true;
    }

    private static Comparison<MediaItem> ParseSort(string sort, ValidationErrors errors)
    {
        var (field, direction) = Split(sort);
        Comparison<MediaItem>? ascending = field.ToLowerInvariant() switch
        {
            // Invariant culture, so the order does not depend on the server's locale.
            "name" => (a, b) => CultureInfo.InvariantCulture.CompareInfo.Compare(a.Name, b.Name, CompareOptions.IgnoreCase),
            "createdate" => (a, b) => a.CreateDate.CompareTo(b.CreateDate),
            "updatedate" => (a, b) => a.UpdateDate.CompareTo(b.UpdateDate),
            "sortorder" => BySortOrder,
            _ => null,
        };
        var descending = direction.Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (ascending is null || !(descending || direction.Equals("asc", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("sort", $"'{sort}' is not a media sort; use name, createDate, updateDate or sortOrder with :asc or :desc.");
            return BySortOrder;
        }

        return descending ? (a, b) => ascending(b, a) : ascending;
    }

    private static int BySortOrder(MediaItem a, MediaItem b) => a.SortOrder.CompareTo(b.SortOrder);

    private static (string Field, string Value) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text.Trim(), "") : (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }
}
