using Hedershus.Core.Search.Analysis;

namespace Hedershus.Core.Search.Indexing;

/// <summary>Names of the fields of a search document that are not analysed text (those are in <c>SearchFields</c>).</summary>
public static class IndexFields
{
    /// <summary>"{key}|{culture}": one document per node and culture.</summary>
    public const string Id = "id";
    public const string Key = "key";
    public const string Culture = "culture";
    public const string ContentType = "contentType";
    public const string Audience = "audience";
    public const string Topic = "topic";
    public const string Municipality = "municipality";
    public const string Available = "available";
    public const string Url = "url";
    public const string Updated = "updated";
    public const string Version = "version";

    /// <summary>The keys of a draft's ancestors and its own, one term each, so a scope of start nodes is a term query.</summary>
    public const string Path = "path";

    /// <summary>The same keys stored as one text, root first, separated by '/', to tell a moved draft at start-up.</summary>
    public const string PathKeys = "pathKeys";

    /// <summary>Words of the name, as the suggest analysis reads them, for completions of titles.</summary>
    public const string TitleWords = SearchFields.TitleWords;

    /// <summary>Words of all texts of one culture, for spelling corrections and completions of terms.</summary>
    public static string Suggest(string culture) => SearchFields.SuggestFor(culture);

    public static string DocumentId(Guid key, string culture) => key.ToString("D") + "|" + culture.ToLowerInvariant();
}
