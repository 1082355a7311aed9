using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Web.Backoffice.MediaSection;

/// <summary>A media folder (null: the top level): its path, what it holds, and the upload and new-folder forms.</summary>
public sealed class MediaFolderModel
{
    public MediaItem? Folder { get; init; }
    public required IReadOnlyList<MediaItem> Path { get; init; }
    public required IReadOnlyList<MediaItem> Items { get; init; }
    public required IReadOnlyList<CultureDefinition> Cultures { get; init; }
    public required string DefaultCulture { get; init; }
    public string? Notice { get; init; }
    public bool NoticeIsError { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>What was typed into the upload form, kept when it is shown again with an error.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>();

    public string FolderQuery => Folder is null ? "" : $"?folder={Folder.Key}";
}
