using Hedershus.Core.Search.Indexing;

namespace Hedershus.Core.Search;

/// <summary>The facets a search counts and filters by; each is a field of the index with doc values.</summary>
public static class SearchFacets
{
    public const string ContentType = IndexFields.ContentType;
    public const string Audience = IndexFields.Audience;
    public const string Topic = IndexFields.Topic;
    public const string Municipality = IndexFields.Municipality;
    public const string Culture = IndexFields.Culture;

    public static IReadOnlyList<string> All { get; } = [ContentType, Audience, Topic, Municipality, Culture];

    /// <summary>The canonical spelling of a facet name, or null when there is no such facet.</summary>
    public static string? Find(string name) => All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
}
