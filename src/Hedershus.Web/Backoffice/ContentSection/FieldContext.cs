using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>What property fields need besides their value: texts, errors, and what pickers offer.</summary>
public sealed class FieldContext
{
    public required BackofficeText T { get; init; }
    public required DocumentTypeRegistry Types { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public IReadOnlyList<PickerOption> ContentOptions { get; init; } = [];
    public IReadOnlyList<PickerOption> MediaOptions { get; init; } = [];

    /// <summary>Errors of the field itself and of its items (e.g. <c>name[2]</c> for the third tag).</summary>
    public IReadOnlyList<string> ErrorsFor(string name, bool withItems = true) => Errors
        .Where(e => e.Key == name || withItems && e.Key.StartsWith(name + "[", StringComparison.Ordinal) && !e.Key[(name.Length)..].Contains("].", StringComparison.Ordinal))
        .SelectMany(e => e.Value).ToList();
}

public sealed record PickerOption(string Value, string Label, string? Kind = null);
