namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>One property of a document type.</summary>
public sealed record PropertyType
{
    public string Alias { get; init; } = "";
    public Dictionary<string, string> Names { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public PropertyEditor Editor { get; init; }
    public bool Mandatory { get; init; }

    /// <summary>A regular expression a text value must match.</summary>
    public string? Validation { get; init; }

    public string? Description { get; init; }
    public bool VariesByCulture { get; init; } = true;

    /// <summary>Usable in Delivery API filters: <c>filter=alias:value</c>.</summary>
    public bool Filterable { get; init; }

    /// <summary>Usable in Delivery API sorts: <c>sort=alias:asc</c>.</summary>
    public bool Sortable { get; init; }

    public PropertyEditorConfig Config { get; init; } = new();
}

/// <summary>Settings of a property editor; each editor reads the ones that concern it.</summary>
public sealed record PropertyEditorConfig
{
    public int? MaxLength { get; init; }

    /// <summary>Dropdown choices.</summary>
    public List<string> Items { get; init; } = [];

    /// <summary>Dropdown: allow several choices.</summary>
    public bool Multiple { get; init; }

    /// <summary>Block list: allowed element types. Content picker: allowed document types (empty = any).</summary>
    public List<string> AllowedTypes { get; init; } = [];

    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>Pickers, links and block lists: the most items allowed.</summary>
    public int? MaxItems { get; init; }
}

/// <summary>The property editors the engine knows (Umbraco's names in camelCase in the JSON).</summary>
public enum PropertyEditor
{
    Text,
    TextArea,
    RichText,
    BlockList,
    ContentPicker,
    MediaPicker,
    Links,
    Tags,
    DateTime,
    Number,
    Boolean,
    Dropdown,
}
