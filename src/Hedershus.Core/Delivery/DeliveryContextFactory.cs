using System.Collections.Frozen;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Media;

namespace Hedershus.Core.Delivery;

/// <summary>Turns what a request asks for (culture, start item, preview) into a <see cref="DeliveryContext"/>.</summary>
public sealed class DeliveryContextFactory
{
    private readonly PublishedSnapshotService _snapshots;
    private readonly DraftSnapshotLoader _drafts;
    private readonly MediaSnapshotService _media;
    private readonly CultureCatalog _cultures;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _chains;

    public DeliveryContextFactory(PublishedSnapshotService snapshots, DraftSnapshotLoader drafts, MediaSnapshotService media, CultureCatalog cultures)
    {
        _snapshots = snapshots;
        _drafts = drafts;
        _media = media;
        _cultures = cultures;
        _chains = cultures.All.ToFrozenDictionary(
            c => c.Code,
            c => (IReadOnlyList<string>)cultures.WithFallbacks(c.Code).ToList(),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The first language tag (in the order given) that names a culture of the hub, exactly or by its primary
    /// subtag ("sv-SE" → "sv"); the default culture when none does.
    /// </summary>
    public string ResolveCulture(IEnumerable<string> languageTags)
    {
        foreach (var tag in languageTags)
        {
            var trimmed = tag.Trim();
            if (_cultures.Normalize(trimmed) is { } exact)
            {
                return exact;
            }

            var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && _cultures.Normalize(trimmed[..dash]) is { } primary)
            {
                return primary;
            }
        }

        return _cultures.Default;
    }

    /// <summary>The culture and its configured fallbacks.</summary>
    public IReadOnlyList<string> Chain(string culture) =>
        _chains.TryGetValue(culture, out var chain) ? chain : _chains[_cultures.Default];

    /// <summary>
    /// The context of one request. <paramref name="startItem"/> is a root's URL segment or key; one that names
    /// no root is a 404, as in Umbraco. <paramref name="memberNetworks"/>: whose member pages the caller may read.
    /// </summary>
    public async ValueTask<DeliveryContext> CreateAsync(string culture, string? startItem, bool preview, CancellationToken cancellationToken,
        IReadOnlySet<Guid>? memberNetworks = null)
    {
        var snapshot = preview ? await _drafts.LoadAsync(cancellationToken) : _snapshots.Current;
        var wanted = startItem?.Trim().Trim('/');
        PublishedContent? start = null;
        if (!string.IsNullOrEmpty(wanted))
        {
            start = snapshot.FindRoot(wanted) ?? throw new NotFoundException($"The Start-Item '{wanted}' could not be found.");
        }

        return new DeliveryContext(snapshot, _media.Current, Chain(culture), start, preview) { MemberNetworks = memberNetworks ?? new HashSet<Guid>() };
    }
}
