namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Names of the analysed text fields of a search document. The analysers of <see cref="SearchAnalyzers"/>
/// choose their chain by these names, so the index and the queries must use exactly these.
/// </summary>
public static class SearchFields
{
    /// <summary>The node's name in its culture (stemmed, compounds split).</summary>
    public const string Name = "name";

    /// <summary>The summary or teaser text.</summary>
    public const string Summary = "summary";

    /// <summary>The body: rich text and blocks flattened to plain text.</summary>
    public const string Body = "body";

    /// <summary>Editor tags, analysed like the main fields so a tag matches the words of a query.</summary>
    public const string Tags = "tags";

    /// <summary>Twin of <see cref="Name"/> with diacritics folded (å/ä → a, ö → o, é → e …).</summary>
    public const string NameFolded = "name_folded";

    /// <summary>Twin of <see cref="Summary"/> with diacritics folded.</summary>
    public const string SummaryFolded = "summary_folded";

    /// <summary>Twin of <see cref="Body"/> with diacritics folded.</summary>
    public const string BodyFolded = "body_folded";

    /// <summary>
    /// Titles for autocomplete: words lower-cased and folded, neither stemmed nor split, so a
    /// <c>PrefixQuery</c> on the last typed word completes it (see the README in this folder).
    /// </summary>
    public const string Suggest = "suggest";

    /// <summary>Words of the name, analysed as <see cref="Suggest"/>, for completions of titles.</summary>
    public const string TitleWords = "title_words";

    /// <summary>Words of all texts of one culture, analysed as <see cref="Suggest"/>, for spelling corrections and completions.</summary>
    public static string SuggestFor(string culture) => Suggest + "_" + culture.ToLowerInvariant();

    /// <summary>True for the fields analysed as <see cref="Suggest"/>: it, its per-culture fields and the title words.</summary>
    public static bool IsWordList(string field) =>
        field is Suggest or TitleWords || field.StartsWith(Suggest + "_", StringComparison.Ordinal);

    /// <summary>The main text fields, each paired with its folded twin.</summary>
    public static IReadOnlyList<(string Field, string Folded)> TextWithFolded { get; } =
    [
        (Name, NameFolded),
        (Summary, SummaryFolded),
        (Body, BodyFolded),
    ];

    /// <summary>True when the field's analysis folds diacritics.</summary>
    public static bool IsFolded(string field) =>
        field is NameFolded or SummaryFolded or BodyFolded;
}
