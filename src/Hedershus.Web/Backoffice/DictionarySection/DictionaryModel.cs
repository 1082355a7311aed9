using Hedershus.Core.Common;

namespace Hedershus.Web.Backoffice.DictionarySection;

/// <summary>The site's UI strings in one culture: the built-in text of each key and the editors' own, if any.</summary>
public sealed record DictionaryModel(
    string Culture,
    IReadOnlyList<CultureDefinition> Cultures,
    IReadOnlyList<DictionaryRow> Rows,
    string? Notice,
    bool NoticeIsError,
    IReadOnlyDictionary<string, string[]> Errors);

public sealed record DictionaryRow(string Key, string BuiltIn, string? Value);
