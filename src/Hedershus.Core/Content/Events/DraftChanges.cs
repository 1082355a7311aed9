using System.Text.Json;

namespace Hedershus.Core.Content.Events;

/// <summary>What a new version changed compared with the draft before it.</summary>
public static class DraftChanges
{
    /// <summary>The cultures whose name, segment or properties differ (added and removed cultures included).</summary>
    public static IReadOnlyList<string> Cultures(ContentData? before, ContentData after)
    {
        var cultures = after.Cultures.Keys.Concat(before?.Cultures.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.OrdinalIgnoreCase);
        return cultures.Where(culture => CultureJson(before, culture) != CultureJson(after, culture)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the values shared by every culture differ.</summary>
    public static bool Shared(ContentData? before, ContentData after) =>
        JsonSerializer.Serialize(before?.Properties ?? []) != JsonSerializer.Serialize(after.Properties);

    private static string? CultureJson(ContentData? data, string culture) =>
        data is not null && data.Cultures.TryGetValue(culture, out var cultureData) ? JsonSerializer.Serialize(cultureData) : null;
}
