using Hedershus.Core.Content.Published;
using Hedershus.Core.Media;
using Hedershus.Core.Networks;

namespace Hedershus.Core.Delivery;

/// <summary>
/// What one Delivery API request reads: a snapshot (published, or drafts in preview), the media library as it
/// was when the request began, the requested culture with its fallbacks, and the start item.
/// </summary>
public sealed class DeliveryContext
{
    public DeliveryContext(PublishedSnapshot snapshot, MediaSnapshot media, IReadOnlyList<string> cultures, PublishedContent? startItem, bool preview)
    {
        if (cultures.Count == 0)
        {
            throw new ArgumentException("Give at least the requested culture.", nameof(cultures));
        }

        Snapshot = snapshot;
        Media = media;
        Cultures = cultures;
        StartItem = startItem;
        Preview = preview;
    }

    public PublishedSnapshot Snapshot { get; }

    /// <summary>The media that pickers and the media endpoints show; media has no drafts, so preview reads the same.</summary>
    public MediaSnapshot Media { get; }

    /// <summary>The requested culture first, then its configured fallbacks.</summary>
    public IReadOnlyList<string> Cultures { get; }

    public string Culture => Cultures[0];

    /// <summary>The root named by the Start-Item header, or null when the header was not sent.</summary>
    public PublishedContent? StartItem { get; }

    /// <summary>The root that paths are relative to: the start item, else the first root.</summary>
    public PublishedContent? Root => StartItem ?? (Snapshot.Roots.Count > 0 ? Snapshot.Roots[0] : null);

    public bool Preview { get; }

    /// <summary>Networks whose member pages this request may read (a member's bearer token); none by default.</summary>
    public IReadOnlySet<Guid> MemberNetworks { get; init; } = new HashSet<Guid>();

    /// <summary>
    /// Member pages resolve as any other page: for the site, which checks the member itself before it shows one,
    /// and for preview (which needs the API key).
    /// </summary>
    public bool IncludesMemberPages { get; init; }

    /// <summary>Whether this request sees what every public caller sees, so answers made for it may be shared.</summary>
    public bool SeesPublicView => !Preview && !IncludesMemberPages && MemberNetworks.Count == 0;

    /// <summary>The node in the first culture of <see cref="Cultures"/> that it is routable in, or null when none (or not for this reader).</summary>
    public DeliveryItem? Visible(PublishedContent content)
    {
        if (!IncludesMemberPages && !Preview && !MemberContent.MayRead(Snapshot, content, MemberNetworks))
        {
            return null;
        }

        foreach (var culture in Cultures)
        {
            if (content.Cultures.TryGetValue(culture, out var published) && published.Route is not null)
            {
                return new DeliveryItem(content, published);
            }
        }

        return null;
    }

    /// <summary>The same request read in another culture (a culture prefix in a path wins over Accept-Language).</summary>
    public DeliveryContext WithCultures(IReadOnlyList<string> cultures) =>
        new(Snapshot, Media, cultures, StartItem, Preview) { MemberNetworks = MemberNetworks, IncludesMemberPages = IncludesMemberPages };
}
