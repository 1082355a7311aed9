using System.Globalization;
using System.Text.Json;

namespace Hedershus.Web.Site;

/// <summary>
/// Typed reads of stored property values for templates. Values were normalised by the property editors on save
/// (rich text is sanitised HTML then), so reading is lenient: a value of the wrong shape reads as empty.
/// </summary>
public sealed class SiteProperties(IReadOnlyDictionary<string, JsonElement> values)
{
    public static SiteProperties Empty { get; } = new(new Dictionary<string, JsonElement>());

    public string? Text(string alias) =>
        values.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>Rich text: stored as sanitised HTML, or as Umbraco's <c>{ "markup" }</c> object.</summary>
    public string? Html(string alias)
    {
        if (!values.TryGetValue(alias, out var v))
        {
            return null;
        }

        var markup = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object when v.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(markup) ? null : markup;
    }

    public DateOnly? Date(string alias) =>
        Text(alias) is { } s && System.DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? DateOnly.FromDateTime(d) : null;

    public DateTime? DateTime(string alias) =>
        Text(alias) is { } s && System.DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d : null;

    /// <summary>A dropdown (single or multiple) or tags value as strings.</summary>
    public IReadOnlyList<string> Strings(string alias)
    {
        if (!values.TryGetValue(alias, out var v))
        {
            return [];
        }

        return v.ValueKind switch
        {
            JsonValueKind.String when v.GetString() is { Length: > 0 } s => [s],
            JsonValueKind.Array => v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            _ => [],
        };
    }

    public bool Flag(string alias) => values.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.True;

    public int? Number(string alias) =>
        values.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    /// <summary>The items of a block list: <c>[{ "contentType", "key", "properties" }]</c>.</summary>
    public IReadOnlyList<SiteBlock> Blocks(string alias)
    {
        if (!values.TryGetValue(alias, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var blocks = new List<SiteBlock>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("contentType", out var type) && type.ValueKind == JsonValueKind.String &&
                item.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                blocks.Add(new SiteBlock(type.GetString()!, new SiteProperties(properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value))));
            }
        }

        return blocks;
    }

    /// <summary>Stored links: <c>[{ "title", "url" | "contentKey" }]</c>.</summary>
    public IReadOnlyList<StoredLink> Links(string alias)
    {
        if (!values.TryGetValue(alias, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return v.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object).Select(l => new StoredLink(
            Member(l, "title"),
            Member(l, "url"),
            Guid.TryParse(Member(l, "contentKey"), out var key) ? key : null)).ToList();
    }

    private static string? Member(JsonElement link, string name) =>
        link.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
}

/// <summary>One block of a block list.</summary>
public sealed record SiteBlock(string ContentType, SiteProperties Properties);

/// <summary>A link as stored: outside (<see cref="Url"/>) or to a document (<see cref="ContentKey"/>).</summary>
public sealed record StoredLink(string? Title, string? Url, Guid? ContentKey);
