using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Web.Backoffice.MediaSection;

/// <summary>One image or file: its details, alt text per culture, where it is used and deleting it.</summary>
public sealed class MediaItemModel
{
    public required MediaItem Item { get; init; }
    public required IReadOnlyList<MediaItem> Path { get; init; }
    public required IReadOnlyList<MediaUsage> Usages { get; init; }
    public required IReadOnlyList<MediaItem> Folders { get; init; }
    public required IReadOnlyList<CultureDefinition> Cultures { get; init; }
    public required string DefaultCulture { get; init; }
    public string? Notice { get; init; }
    public bool NoticeIsError { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
