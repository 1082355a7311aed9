using System.Text.Json;
using Hedershus.Core.Content;

namespace Hedershus.Core.Translations;

/// <summary>The per-culture <c>needsNativeReview</c> property of the document types (home, landing and guidance pages).</summary>
public static class NativeReviewMark
{
    public const string Alias = "needsNativeReview";

    public static bool IsSet(CultureData? culture) =>
        culture is not null && culture.Properties.TryGetValue(Alias, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Name and culture properties without the mark itself: the text a translation is compared on.</summary>
    public static string Text(CultureData? culture) => culture is null
        ? ""
        : JsonSerializer.Serialize(new { culture.Name, Properties = culture.Properties.Where(p => p.Key != Alias).OrderBy(p => p.Key, StringComparer.Ordinal) });
}
