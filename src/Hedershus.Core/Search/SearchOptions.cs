namespace Hedershus.Core.Search;

/// <summary>The "Search" section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Where the indexes live; empty means <c>{DataPath}/Search</c>. Relative paths resolve against the project root.</summary>
    public string? Path { get; set; }

    /// <summary><see cref="SearchMode.Full"/>, or <see cref="SearchMode.Baseline"/> to search like Umbraco's default index (for comparison).</summary>
    public SearchMode Mode { get; set; } = SearchMode.Full;

    /// <summary>How often changes are committed to disk. Changes are searchable before they are committed.</summary>
    public int CommitIntervalMilliseconds { get; set; } = 1000;

    /// <summary>
    /// When fewer documents than this match every word (typos allowed), the search adds hits in the fallback cultures
    /// (marked with their language); when the words as typed match fewer, it suggests a spelling.
    /// </summary>
    public int FallbackBelow { get; set; } = 3;

    /// <summary>While fewer hits than this (a page) are found, typo, most-words and any-word matches are added after them.</summary>
    public int RelaxBelow { get; set; } = 10;

    /// <summary>Cultures whose hits are added, marked with their language, when a search finds too few.</summary>
    public List<string> FallbackCultures { get; set; } = [];

    /// <summary>How often this node looks for an administrator's request to rebuild the index (made on any node).</summary>
    public int RebuildPollMilliseconds { get; set; } = 5000;

    /// <summary>An index missing at start-up is rebuilt before the first request when there are at most this many published nodes; else in the background.</summary>
    public int SynchronousRebuildLimit { get; set; } = 2000;

    /// <summary>Verify the checksums of every index file at start-up, so a damaged index is rebuilt rather than failing later.</summary>
    public bool VerifyOnStart { get; set; } = true;

    /// <summary>
    /// Segments a full rebuild is merged down to before it is swapped in. Every segment costs each query one seek per
    /// query term in the terms dictionary, so fewer is faster to search; 1 costs the most merging at rebuild.
    /// </summary>
    public int RebuiltSegments { get; set; } = 1;

    /// <summary>Content types never indexed (e.g. a container root).</summary>
    public List<string> ExcludedContentTypes { get; set; } = [];

    internal IReadOnlyList<string> EffectiveFallbackCultures => FallbackCultures.Count > 0 ? FallbackCultures : ["sv", "en"];
}

/// <summary>How the hub analyses and ranks.</summary>
public enum SearchMode
{
    /// <summary>Per-culture analysis, folded fields, phrase boosts, fuzzy fallback, cross-language fallback.</summary>
    Full,

    /// <summary>Standard analysis on name^3, summary^2 and body, as Umbraco's default index searches: no synonyms, fuzzy or fallback.</summary>
    Baseline,
}
