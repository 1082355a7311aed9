using System.Text.Json;

namespace Hedershus.Core.Content.Editing;

/// <summary>Create a node. <see cref="Cultures"/> holds at least one culture.</summary>
public sealed record CreateContentRequest
{
    public string? ContentType { get; init; }
    public Guid? ParentId { get; init; }

    /// <summary>Optional fixed key (imports keep keys); a new one is made otherwise.</summary>
    public Guid? Id { get; init; }

    public Dictionary<string, JsonElement>? Properties { get; init; }
    public Dictionary<string, CultureInput?>? Cultures { get; init; }
}

/// <summary>
/// Save a node. <see cref="Revision"/> is the revision the editor started from. Each culture given replaces
/// that culture's draft (name, segment, properties); cultures not given are kept. <see cref="Properties"/>,
/// when given, replaces the invariant properties.
/// </summary>
public sealed record UpdateContentRequest
{
    public int? Revision { get; init; }
    public Dictionary<string, JsonElement>? Properties { get; init; }
    public Dictionary<string, CultureInput?>? Cultures { get; init; }
}

/// <summary>One culture's draft.</summary>
public sealed record CultureInput
{
    public string? Name { get; init; }

    /// <summary>URL segment; made from the name when left out.</summary>
    public string? Segment { get; init; }

    public Dictionary<string, JsonElement>? Properties { get; init; }
}
