using System.Text.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

/// <summary>The validator and converter over the repository's document types, and short ways to call them.</summary>
public static class PropertyValueTesting
{
    public const string Field = "cultures.sv.properties.value";

    public static PropertyValueValidator Validator { get; } = new(RepositoryModels.Registry);

    public static PropertyValueConverter Converter { get; } = new(RepositoryModels.Registry);

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static PropertyType Property(PropertyEditor editor, PropertyEditorConfig? config = null, string? validation = null) =>
        new() { Alias = "value", Names = { ["sv"] = "Värde" }, Editor = editor, Config = config ?? new(), Validation = validation };

    public static Normalized Normalize(PropertyType property, string json, string field = Field)
    {
        var errors = new ValidationErrors();
        var value = Validator.Normalize(property, Json(json), field, errors);
        try
        {
            errors.ThrowIfAny();
            return new Normalized(value, new Dictionary<string, string[]>());
        }
        catch (InputValidationException e)
        {
            return new Normalized(value, e.Errors);
        }
    }

    /// <summary>Normalises a value that must be accepted, and returns what would be stored.</summary>
    public static JsonElement Accepted(PropertyType property, string json)
    {
        var result = Normalize(property, json);
        Assert.True(result.Errors.Count == 0, "Unexpected errors: " + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return result.Value;
    }

    /// <summary>Normalises a value that must be rejected, and returns the message under the expected field.</summary>
    public static string Rejected(PropertyType property, string json, string field = Field)
    {
        var result = Normalize(property, json);
        Assert.True(result.Errors.ContainsKey(field), $"Expected an error under '{field}', got: {string.Join(", ", result.Errors.Keys)}");
        Assert.Equal(Json(json).GetRawText(), result.Value.GetRawText());
        return string.Join(" ", result.Errors[field]);
    }

    public static JsonNode? Deliver(PropertyType property, JsonElement stored, IPickerResolver? resolver = null) =>
        Converter.ToDelivery(property, stored, resolver ?? new TestPickerResolver());

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON text without escapes, so tests can compare Swedish text and markup as written.</summary>
    public static string Compact(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";
}

public sealed record Normalized(JsonElement Value, IReadOnlyDictionary<string, string[]> Errors);
