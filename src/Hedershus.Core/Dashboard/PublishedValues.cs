using System.Globalization;
using System.Text.Json;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Dashboard;

/// <summary>Reading dates and names out of published content for the attention lists.</summary>
internal static class PublishedValues
{
    public static DateTime? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String &&
        DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>The default culture's published name, else the first published culture's.</summary>
    public static string Name(PublishedContent content, string defaultCulture) =>
        content.Cultures.GetValueOrDefault(defaultCulture)?.Name ?? content.Cultures.Values.OrderBy(c => c.Culture, StringComparer.Ordinal).FirstOrDefault()?.Name ?? "";
}
