using Hedershus.Core.Content;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>The versions of a node, and the chosen one compared with the current draft, per culture and property.</summary>
public sealed class ContentHistoryModel
{
    public required ContentDocument Document { get; init; }
    public required string DisplayName { get; init; }
    public required string Culture { get; init; }
    public required ContentTreeModel Tree { get; init; }
    public required IReadOnlyList<ContentVersionSummary> Versions { get; init; }
    public ContentVersionDetail? Selected { get; init; }
    public IReadOnlyList<VersionDiffRow> Diff { get; init; } = [];
    public string? Notice { get; init; }

    /// <summary>What changed from <paramref name="old"/> to <paramref name="current"/>: only rows that differ.</summary>
    public static IReadOnlyList<VersionDiffRow> Compare(DocumentType type, ContentData old, ContentData current, DocumentTypeRegistry types, Func<PropertyType, string> label, string nameLabel)
    {
        var rows = new List<VersionDiffRow>();
        foreach (var property in type.Properties.Where(p => !(type.VariesByCulture && p.VariesByCulture)))
        {
            AddRow(rows, null, label(property), Text(property, old.Properties, types), Text(property, current.Properties, types));
        }

        foreach (var culture in old.Cultures.Keys.Union(current.Cultures.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var before = old.Cultures.GetValueOrDefault(culture);
            var after = current.Cultures.GetValueOrDefault(culture);
            AddRow(rows, culture, nameLabel, before?.Name ?? "", after?.Name ?? "");
            foreach (var property in type.Properties.Where(p => type.VariesByCulture && p.VariesByCulture))
            {
                AddRow(rows, culture, label(property), Text(property, before?.Properties, types), Text(property, after?.Properties, types));
            }
        }

        return rows;
    }

    private static string Text(PropertyType property, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? values, DocumentTypeRegistry types) =>
        ContentValueText.Of(property, PropertyFieldValues.Get(values, property.Alias), types);

    private static void AddRow(List<VersionDiffRow> rows, string? culture, string label, string before, string after)
    {
        if (before != after)
        {
            rows.Add(new VersionDiffRow(culture, label, TextDiff.Compare(before, after)));
        }
    }
}

/// <summary>One changed value: null culture for a value shared by every culture.</summary>
public sealed record VersionDiffRow(string? Culture, string Label, IReadOnlyList<DiffPart> Parts);
