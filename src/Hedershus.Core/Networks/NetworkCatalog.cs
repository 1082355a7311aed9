using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Networks;

/// <summary>Published networks and their member pages, from the published snapshot.</summary>
public sealed class NetworkCatalog(PublishedSnapshotService snapshots, CultureCatalog cultures)
{
    public Network? Find(Guid key, string culture) =>
        snapshots.Current.Find(key) is { ContentType: MemberContent.NetworkType } content ? Read(content, culture) : null;

    public IReadOnlyList<Network> List(string culture) =>
        snapshots.Current.All.Where(c => c.ContentType == MemberContent.NetworkType)
            .Select(c => Read(c, culture))
            .OrderBy(n => n.Name, StringComparer.Ordinal).ToList();

    /// <summary>The member pages of a network with their route in <paramref name="culture"/> (or the first culture they have).</summary>
    public IReadOnlyList<(string Name, string Route)> MemberPages(Guid network, string culture)
    {
        var snapshot = snapshots.Current;
        return snapshot.Children(network).Where(MemberContent.IsRestricted)
            .Select(c => c.Cultures.GetValueOrDefault(culture) ?? c.Cultures.Values.FirstOrDefault(v => v.Route is not null))
            .Where(c => c?.Route is not null)
            .Select(c => (c!.Name, c.Route!)).ToList();
    }

    private Network Read(PublishedContent content, string culture) =>
        Network.From(content, cultures.WithFallbacks(culture).FirstOrDefault(content.Cultures.ContainsKey) ?? culture, cultures.Default);
}
