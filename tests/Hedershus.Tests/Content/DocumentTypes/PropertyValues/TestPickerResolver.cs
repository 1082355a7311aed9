using System.Text.Json.Nodes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Stands in for the Delivery API's resolver (which reads the published snapshot): knows a few published documents
/// and media items by key, and records which nested properties were asked for.
/// </summary>
public sealed class TestPickerResolver : IPickerResolver
{
    public Dictionary<Guid, (string ContentType, string Name, string Path)> Documents { get; } = [];

    public HashSet<Guid> MediaKeys { get; } = [];

    public List<string> NestedScopes { get; } = [];

    public JsonNode? Content(Guid key) => Documents.TryGetValue(key, out var d)
        ? new JsonObject { ["id"] = key.ToString(), ["contentType"] = d.ContentType, ["name"] = d.Name, ["properties"] = new JsonObject() }
        : null;

    public JsonNode? Media(Guid key) => MediaKeys.Contains(key)
        ? new JsonObject { ["id"] = key.ToString(), ["mediaType"] = "Image", ["url"] = $"/media/{key:N}/bild.jpg" }
        : null;

    public ContentLinkTarget? ContentLink(Guid key) => Documents.TryGetValue(key, out var d)
        ? new ContentLinkTarget(d.ContentType, d.Name, new JsonObject { ["path"] = d.Path, ["startItem"] = new JsonObject { ["id"] = "d88fefc3-da04-493d-9533-294a7264b27f", ["path"] = "hem" } })
        : null;

    public IPickerResolver ForBlockProperty(string propertyAlias)
    {
        NestedScopes.Add(propertyAlias);
        return this;
    }
}
