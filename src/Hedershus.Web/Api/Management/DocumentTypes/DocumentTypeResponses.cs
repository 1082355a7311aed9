using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Web.Api.Management.DocumentTypes;

/// <summary>A document type in the list.</summary>
public sealed record DocumentTypeSummaryResponse(
    string Alias,
    IReadOnlyDictionary<string, string> Names,
    string? Description,
    string? Icon,
    bool AllowedAtRoot,
    IReadOnlyList<string> AllowedChildTypes,
    bool IsElement,
    bool VariesByCulture)
{
    public static DocumentTypeSummaryResponse From(DocumentType type) => new(
        type.Alias, type.Names, type.Description, type.Icon, type.AllowedAtRoot, type.AllowedChildTypes, type.IsElement, type.VariesByCulture);
}

/// <summary>A document type with its properties, as its file defines it.</summary>
public sealed record DocumentTypeResponse(
    string Alias,
    IReadOnlyDictionary<string, string> Names,
    string? Description,
    string? Icon,
    bool AllowedAtRoot,
    IReadOnlyList<string> AllowedChildTypes,
    bool IsElement,
    bool VariesByCulture,
    IReadOnlyList<PropertyTypeResponse> Properties)
{
    public static DocumentTypeResponse From(DocumentType type) => new(
        type.Alias, type.Names, type.Description, type.Icon, type.AllowedAtRoot, type.AllowedChildTypes, type.IsElement,
        type.VariesByCulture, [.. type.Properties.Select(PropertyTypeResponse.From)]);
}

/// <summary>One property; <see cref="Editor"/> is the editor's name as the definition files spell it.</summary>
public sealed record PropertyTypeResponse(
    string Alias,
    IReadOnlyDictionary<string, string> Names,
    string Editor,
    bool Mandatory,
    string? Validation,
    string? Description,
    bool VariesByCulture,
    bool Filterable,
    bool Sortable,
    PropertyEditorConfig Config)
{
    public static PropertyTypeResponse From(PropertyType property) => new(
        property.Alias, property.Names, JsonNamingPolicy.CamelCase.ConvertName(property.Editor.ToString()), property.Mandatory,
        property.Validation, property.Description, property.VariesByCulture, property.Filterable, property.Sortable, property.Config);
}
