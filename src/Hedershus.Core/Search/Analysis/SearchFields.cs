namespace Hedershus.Core.Search.Analysis;

/// <summary>Names of the analysed text fields of a search document; <see cref="SearchAnalyzers"/> analyses each by its name.</summary>
public static class SearchFields
{
    public const string Name = "name";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Tags = "tags";
    public const string NameFolded = "name_folded";
    public const string SummaryFolded = "summary_folded";
    public const string BodyFolded = "body_folded";
    public const string Suggest = "suggest";
}
