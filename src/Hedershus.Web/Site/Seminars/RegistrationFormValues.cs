using Microsoft.Extensions.Primitives;

namespace Hedershus.Web.Site.Seminars;

/// <summary>What the visitor typed, so a form shown again after an error loses nothing.</summary>
public sealed class RegistrationFormValues(IReadOnlyDictionary<string, StringValues> values)
{
    public static RegistrationFormValues Empty { get; } = new(new Dictionary<string, StringValues>());

    public static RegistrationFormValues From(IFormCollection form) =>
        new(form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    /// <summary>The first value of a field, trimmed; "" when absent.</summary>
    public string Text(string field) => values.TryGetValue(field, out var v) ? (v.FirstOrDefault() ?? "").Trim() : "";

    public IReadOnlyList<string> All(string field) =>
        values.TryGetValue(field, out var v) ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList() : [];

    /// <summary>Whether a checkbox or radio button with <paramref name="value"/> was ticked.</summary>
    public bool Has(string field, string value) => All(field).Contains(value, StringComparer.Ordinal);

    public bool Checked(string field) => All(field).Count > 0;

    public bool IsBlank(string field) => All(field).Count == 0;
}
