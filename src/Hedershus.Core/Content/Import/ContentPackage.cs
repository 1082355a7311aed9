using System.Text.Json;
using Hedershus.Core.Content.Editing;

namespace Hedershus.Core.Content.Import;

/// <summary>
/// A seed-content package (<c>umbraco/content/*.json</c>): a tree of nodes with fixed keys, their drafts per
/// culture, and which cultures to publish.
/// </summary>
public sealed record ContentPackage
{
    public string Name { get; init; } = "";
    public List<PackageNode> Nodes { get; init; } = [];
}

/// <summary>One node of a package, with its children.</summary>
public sealed record PackageNode
{
    public Guid Key { get; init; }
    public string ContentType { get; init; } = "";
    public Dictionary<string, JsonElement>? Properties { get; init; }
    public Dictionary<string, CultureInput?> Cultures { get; init; } = [];

    /// <summary>Cultures to publish; null publishes every culture given.</summary>
    public List<string>? Publish { get; init; }

    public List<PackageNode> Children { get; init; } = [];
}
