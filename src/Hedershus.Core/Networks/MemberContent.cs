using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Networks;

/// <summary>
/// Which published nodes only a network's active members may read: pages of type <see cref="PageType"/>. The site,
/// the Delivery API and search all ask here, so the rule lives in one place.
/// </summary>
public static class MemberContent
{
    public const string NetworkType = "network";
    public const string PageType = "memberPage";

    public static bool IsRestricted(PublishedContent content) => content.ContentType == PageType;

    /// <summary>The network a restricted page belongs to: its nearest network ancestor.</summary>
    public static Guid? NetworkOf(PublishedSnapshot snapshot, PublishedContent content)
    {
        var parent = content.ParentKey is { } key ? snapshot.Find(key) : null;
        while (parent is not null)
        {
            if (parent.ContentType == NetworkType)
            {
                return parent.Key;
            }

            parent = parent.ParentKey is { } next ? snapshot.Find(next) : null;
        }

        return null;
    }

    /// <summary>Whether someone active in <paramref name="activeNetworks"/> may read <paramref name="content"/>.</summary>
    public static bool MayRead(PublishedSnapshot snapshot, PublishedContent content, IReadOnlySet<Guid> activeNetworks) =>
        !IsRestricted(content) || (NetworkOf(snapshot, content) is { } network && activeNetworks.Contains(network));
}
