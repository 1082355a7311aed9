namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>A document type as defined in <c>umbraco/models/&lt;alias&gt;.json</c>.</summary>
public sealed record DocumentType
{
    public string Alias { get; init; } = "";

    /// <summary>Display names per culture, e.g. { "sv": "Vägledning", "en": "Guidance page" }.</summary>
    public Dictionary<string, string> Names { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Description { get; init; }
    public string? Icon { get; init; }
    public bool AllowedAtRoot { get; init; }
    public List<string> AllowedChildTypes { get; init; } = [];

    /// <summary>Whether names, segments and publish state are per culture. An invariant type has one of each.</summary>
    public bool VariesByCulture { get; init; } = true;

    /// <summary>An element type is never a node: it describes the blocks of a block list.</summary>
    public bool IsElement { get; init; }

    public List<PropertyType> Properties { get; init; } = [];

    /// <summary>
    /// Text that looks like a street address is refused in every property (SAFETY.md S12: a help service never
    /// publishes where a shelter or protected housing is, so the type takes no address at all).
    /// </summary>
    public bool ForbidsStreetAddresses { get; init; }

    /// <summary>The file it was read from, for error messages.</summary>
    public string? SourceFile { get; init; }

    public PropertyType? FindProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));
}
