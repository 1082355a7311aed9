using System.Text.Json.Nodes;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>A published document a link points to.</summary>
/// <param name="ContentType">The document type alias (Delivery API <c>destinationType</c>).</param>
/// <param name="Name">The document's name in the served culture, the title of a link that has none.</param>
/// <param name="Route">The Delivery API route object: <c>{ "path": …, "startItem": { "id": …, "path": … } }</c>.</param>
public sealed record ContentLinkTarget(string ContentType, string Name, JsonNode Route);
