namespace Hedershus.Web.Backoffice.Shell;

/// <summary>The backoffice's own words in the editor's language (Swedish or English); <c>T["Save"]</c>.</summary>
public sealed class BackofficeText(string language)
{
    public static readonly IReadOnlyList<string> Languages = ["sv", "en"];

    public string Language { get; } = Languages.Contains(language) ? language : "sv";

    public string this[string key] => BackofficeTextTable.Entries.TryGetValue(key, out var entry)
        ? (Language == "en" ? entry.English : entry.Swedish)
        : key;

    /// <summary>A refusal from Core (worded in English for API clients) in the editor's language.</summary>
    public string Refusal(string message) => Language == "en" ? message : RefusalText.ToSwedish(message);

    /// <summary>Core's field errors in the editor's language.</summary>
    public IReadOnlyDictionary<string, string[]> Refusals(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(Refusal).ToArray());

    /// <summary>A text with "{0}"… filled in.</summary>
    public string Format(string key, params object?[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A name given per culture (document types, properties): the editor's language, else Swedish, else any.</summary>
    public string Pick(IReadOnlyDictionary<string, string> names, string fallback) =>
        names.TryGetValue(Language, out var name) || names.TryGetValue("sv", out name) ? name : names.Values.FirstOrDefault() ?? fallback;
}
