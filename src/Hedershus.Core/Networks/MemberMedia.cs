using System.Text.RegularExpressions;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Networks;

/// <summary>
/// Which media items only a network's active members may fetch: items that published member pages mention (a picker
/// stores the key, rich text and links carry "/media/{key}/…") and no other published page does. An item also used on
/// a public page stays public, so a member page can never hide a picture the public site shows. Worked out once per
/// published snapshot, when the first media file is asked for after a publish.
/// </summary>
public sealed partial class MemberMedia(PublishedSnapshotService snapshots)
{
    private Index? _index;

    /// <summary>The networks whose active members may fetch the item; null when it is public.</summary>
    public IReadOnlySet<Guid>? NetworksOf(Guid mediaKey) => Current().Restricted.GetValueOrDefault(mediaKey);

    private Index Current()
    {
        var snapshot = snapshots.Current;
        var index = _index;
        if (index is not null && ReferenceEquals(index.Snapshot, snapshot))
        {
            return index;
        }

        // Two requests may build the same index at once; either result is right, and the reference swap is atomic.
        index = new Index(snapshot, Build(snapshot));
        _index = index;
        return index;
    }

    private static Dictionary<Guid, IReadOnlySet<Guid>> Build(PublishedSnapshot snapshot)
    {
        var onPublicPages = new HashSet<Guid>();
        var onMemberPages = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var node in snapshot.All)
        {
            var mentioned = Mentioned(node);
            if (!MemberContent.IsRestricted(node))
            {
                onPublicPages.UnionWith(mentioned);
                continue;
            }

            // A member page outside any network is read by nobody, and so is what only it mentions.
            var network = MemberContent.NetworkOf(snapshot, node) ?? Guid.Empty;
            foreach (var key in mentioned)
            {
                (onMemberPages.TryGetValue(key, out var networks) ? networks : onMemberPages[key] = []).Add(network);
            }
        }

        return onMemberPages.Where(m => !onPublicPages.Contains(m.Key)).ToDictionary(m => m.Key, m => (IReadOnlySet<Guid>)m.Value);
    }

    private static HashSet<Guid> Mentioned(PublishedContent node) =>
        node.Cultures.Values.SelectMany(c => c.Properties.Values)
            .SelectMany(value => KeyPattern().Matches(value.GetRawText()).Select(m => Guid.Parse(m.Value)))
            .ToHashSet();

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex KeyPattern();

    private sealed record Index(PublishedSnapshot Snapshot, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> Restricted);
}
