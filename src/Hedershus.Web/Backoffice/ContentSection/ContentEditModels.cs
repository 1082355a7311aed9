using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Identity.Permissions;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>The node page: the tree, the form for one culture (beside a source culture when translating) and the actions.</summary>
public sealed class ContentEditModel
{
    public required ContentDocument Document { get; init; }
    public required DocumentType Type { get; init; }
    public required string Culture { get; init; }

    /// <summary>The culture shown read-only beside the form (side-by-side translation), or null.</summary>
    public string? Source { get; init; }

    public required string DefaultCulture { get; init; }
    public required IReadOnlyList<CultureDefinition> Cultures { get; init; }
    public required ContentTreeModel Tree { get; init; }
    public required FieldContext Fields { get; init; }
    public required EditValues Values { get; init; }
    public required IReadOnlyList<DocumentType> ChildTypes { get; init; }
    public required IReadOnlyList<ContentOutlineItem> MoveTargets { get; init; }
    public required IReadOnlyList<ContentSummary> Children { get; init; }
    public IReadOnlyList<ContentTreeItem> Ancestors { get; init; } = [];
    public string? Notice { get; init; }
    public bool NoticeIsError { get; init; }
    public ConflictView? Conflict { get; init; }
    public ContentWorkflowView Workflow { get; init; } = ContentWorkflowView.None;

    /// <summary>What this user may do here: the page offers only those actions (the server checks them again).</summary>
    public required ContentRights Rights { get; init; }

    /// <summary>Whether this user may change the culture being edited.</summary>
    public bool MayEdit => Rights.May(ContentAction.Update, Culture);

    public string Name(string culture) => Document.Cultures.TryGetValue(culture, out var c) ? c.Name : "";

    public string DisplayName => Name(Culture) is { Length: > 0 } name ? name : Name(DefaultCulture) is { Length: > 0 } d ? d : Document.Cultures.Values.FirstOrDefault()?.Name ?? "";

    /// <summary>Whether a property is edited per culture here (else it is shared by every culture).</summary>
    public bool VariesHere(PropertyType property) => Type.VariesByCulture && property.VariesByCulture;

    public string FieldName(PropertyType property) =>
        VariesHere(property) ? $"cultures.{Culture}.properties.{property.Alias}" : $"properties.{property.Alias}";

    /// <summary>Shared values are edited in the default culture only, so a translator never changes them by accident.</summary>
    public bool SharedEditable => (Culture == DefaultCulture || !Type.VariesByCulture) && Rights.MayOnWholeNode(ContentAction.Update);

    public string Url(string culture, string? source = null) =>
        $"/umbraco/content/{Document.Id}?culture={Uri.EscapeDataString(culture)}" + (source is null ? "" : $"&source={Uri.EscapeDataString(source)}");
}

/// <summary>What the form shows: the saved draft, or what was posted when it is shown again with errors.</summary>
public sealed record EditValues(string Name, string Segment, IReadOnlyDictionary<string, JsonElement> Shared, IReadOnlyDictionary<string, JsonElement> Variant);

/// <summary>A save that met a newer revision: the saved values beside the editor's own, which Core kept as a conflict version.</summary>
public sealed record ConflictView(int? ConflictVersionId, IReadOnlyList<ConflictRow> Rows);

public sealed record ConflictRow(string Label, string Theirs, string Mine);


/// <summary>The content tree: the roots, with the branch down to the open node loaded (the rest loads on demand).</summary>
public sealed record ContentTreeModel(IReadOnlyList<ContentTreeItem> Roots, Guid? Current, string Culture);

public sealed record ContentTreeItem(ContentSummary Node, string Name, IReadOnlyList<ContentTreeItem>? Children)
{
    /// <summary>The cultures of the node whose translation is behind its published source.</summary>
    public IReadOnlyList<string> Outdated { get; init; } = [];
}
