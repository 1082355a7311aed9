using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Links: an array of <c>{ "title", "url" | "contentKey", "target"? }</c>. A link points either outside (url) or at a
/// document (contentKey); the Delivery API gives content links their current route, so they survive moves.
/// </summary>
internal sealed class LinksValueEditor : IPropertyValueEditor
{
    private static readonly HashSet<string> LinkMembers = new(StringComparer.Ordinal) { "title", "url", "contentKey", "target" };

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (JsonValues.IsBlank(value))
        {
            return JsonValues.From(new JsonArray());
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(field, $"Expected a list of links (a JSON array), got {JsonValues.Describe(value)}.");
            return value;
        }

        var before = errors.Count;
        if (property.Config.MaxItems is int max && value.GetArrayLength() > max)
        {
            errors.Add(field, $"There are {value.GetArrayLength()} links; at most {max} are allowed.");
        }

        var links = new JsonArray();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            links.Add(NormalizeLink(item, $"{field}[{index++}]", errors));
        }

        return errors.Count == before ? JsonValues.From(links) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        JsonValues.IsBlank(value) || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver)
    {
        var links = new JsonArray();
        foreach (var link in JsonValues.Items(value))
        {
            if (DeliveryLink(link, resolver) is { } output)
            {
                links.Add(output);
            }
        }

        return links;
    }

    private static JsonObject? NormalizeLink(JsonElement link, string field, ValidationErrors errors)
    {
        if (link.ValueKind != JsonValueKind.Object)
        {
            errors.Add(field, $"Expected a link {{ \"title\", \"url\" or \"contentKey\", \"target\" }}, got {JsonValues.Describe(link)}.");
            return null;
        }

        foreach (var member in link.EnumerateObject().Where(m => !LinkMembers.Contains(m.Name)))
        {
            errors.Add(field, $"Unknown member '{member.Name}'; a link has title, url or contentKey, and target.");
        }

        var output = new JsonObject { ["title"] = Text(link, "title", field, errors) ?? "" };
        var url = Text(link, "url", field, errors);
        var contentKey = Text(link, "contentKey", field, errors);
        if (string.IsNullOrEmpty(url) == string.IsNullOrEmpty(contentKey))
        {
            errors.Add(field, "A link needs either 'url' (outside this site) or 'contentKey' (a document), not both.");
        }
        else if (!string.IsNullOrEmpty(url))
        {
            AddUrl(output, url, field, errors);
        }
        else
        {
            AddContentKey(output, contentKey!, field, errors);
        }

        AddTarget(output, Text(link, "target", field, errors), field, errors);
        return output;
    }

    private static void AddUrl(JsonObject output, string url, string field, ValidationErrors errors)
    {
        if (LinkUrlPolicy.IsAllowed(url))
        {
            output["url"] = url;
        }
        else
        {
            errors.Add($"{field}.url", $"'{url}' is not allowed. {LinkUrlPolicy.Rule}");
        }
    }

    private static void AddContentKey(JsonObject output, string contentKey, string field, ValidationErrors errors)
    {
        if (JsonValues.TryParseKey(contentKey, out var key))
        {
            output["contentKey"] = JsonValues.FormatKey(key);
        }
        else
        {
            errors.Add($"{field}.contentKey", "'contentKey' must be the key of a document (a GUID string).");
        }
    }

    private static void AddTarget(JsonObject output, string? target, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        if (target == "_blank")
        {
            output["target"] = target;
        }
        else
        {
            errors.Add($"{field}.target", "'target' may only be \"_blank\" (open in a new tab) or left out.");
        }
    }

    private static string? Text(JsonElement link, string name, string field, ValidationErrors errors)
    {
        if (!link.TryGetProperty(name, out var value) || JsonValues.IsNullish(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{field}.{name}", $"Expected a string, got {JsonValues.Describe(value)}.");
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static JsonObject? DeliveryLink(JsonElement link, IPickerResolver resolver)
    {
        var title = JsonValues.StringProperty(link, "title");
        var target = JsonValues.StringProperty(link, "target");
        if (JsonValues.StringProperty(link, "url") is { } url)
        {
            return DeliveryShape(url, title, target, null, null, null, "External");
        }

        if (JsonValues.TryParseKey(JsonValues.StringProperty(link, "contentKey"), out var key) && resolver.ContentLink(key) is { } found)
        {
            var name = string.IsNullOrEmpty(title) ? found.Name : title;
            return DeliveryShape(null, name, target, JsonValues.FormatKey(key), found.ContentType, JsonValues.Detached(found.Route), "Content");
        }

        return null;
    }

    private static JsonObject DeliveryShape(string? url, string? title, string? target, string? destinationId, string? destinationType, JsonNode? route, string linkType) => new()
    {
        ["url"] = url,
        ["queryString"] = null,
        ["title"] = title,
        ["target"] = target,
        ["destinationId"] = destinationId,
        ["destinationType"] = destinationType,
        ["route"] = route,
        ["linkType"] = linkType,
    };
}
