using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Text (one line) and text area (several lines): a string, trimmed, within maxLength, matching <c>validation</c>.</summary>
internal sealed class TextValueEditor(bool multiline) : IPropertyValueEditor
{
    // A definition's pattern runs against every save; the timeout keeps a catastrophic pattern from hanging a request.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public JsonElement Normalize(PropertyType property, JsonElement value, string field, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, $"Expected text (a JSON string), got {JsonValues.Describe(value)}.");
            return value;
        }

        var text = Clean(value.GetString()!);
        var ok = CheckLength(property, text, field, errors) & CheckPattern(property, text, field, errors);
        return ok ? JsonValues.From(text) : value;
    }

    public bool IsEmpty(PropertyType property, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString());

    public JsonNode? ToDelivery(PropertyType property, JsonElement value, IPickerResolver resolver) =>
        JsonValues.StringOrNull(value) is { } text ? JsonValue.Create(text) : null;

    /// <summary>The length a person counts: "å" typed as a + ring is one character.</summary>
    internal static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;

    internal static bool CheckLength(PropertyType property, string text, string field, ValidationErrors errors)
    {
        if (property.Config.MaxLength is int max && VisibleLength(text) > max)
        {
            errors.Add(field, $"The text is {VisibleLength(text)} characters long; at most {max} are allowed.");
            return false;
        }

        return true;
    }

    private string Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(lines.Length);
        foreach (var c in lines)
        {
            if (c == '\n')
            {
                builder.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    private static bool CheckPattern(PropertyType property, string text, string field, ValidationErrors errors)
    {
        if (property.Validation is not { } pattern || text.Length == 0)
        {
            return true;
        }

        var regex = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout));
        try
        {
            if (regex.IsMatch(text))
            {
                return true;
            }

            errors.Add(field, $"The text does not have the required format ({pattern}).");
        }
        catch (RegexMatchTimeoutException)
        {
            errors.Add(field, "The text could not be checked against the required format in time; shorten it.");
        }

        return false;
    }
}
