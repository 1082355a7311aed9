namespace Hedershus.Core.Media;

/// <summary>The "Media" section: what the media library accepts.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>
    /// Where files are stored; empty means <c>{Hedershus:DataPath}/media</c>. Several instances on one
    /// database must share this folder (the rest of the data folder stays per instance).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Largest file an upload may carry; reading stops as soon as it is passed.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// How often a node checks whether another node of a cluster changed the media library (a cheap aggregate
    /// query); this node's own changes are visible at once.
    /// </summary>
    public int RefreshSeconds { get; set; } = 5;

    /// <summary>Content types editors may upload; empty means all of <see cref="MediaFormat.All"/>.</summary>
    public List<string> AllowedContentTypes { get; set; } = [];

    public IReadOnlyList<string> EffectiveAllowedContentTypes =>
        AllowedContentTypes.Count > 0
            ? AllowedContentTypes.Select(MediaFormat.NormalizeContentType).ToList()
            : MediaFormat.All.Select(f => f.ContentType).ToList();
}
