using Hedershus.Core.Content.Published;
using Hedershus.Core.Networks;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site.Components.Networks;
using Hedershus.Web.Site.Seminars;
using Microsoft.AspNetCore.Antiforgery;

namespace Hedershus.Web.Site.Networks;

/// <summary>
/// Builds a network's page over its content view for every request (it is never kept): the upcoming seminars open
/// only to its members, and the join form with an anti-forgery token — whose cookie is the same one the seminar form
/// sets (SAFETY.md S7 allows it on professionals' form pages). Invitation-only networks get an explanation instead.
/// </summary>
public sealed class NetworkPageBuilder(
    NetworkCatalog networks, SeminarCatalog seminars, PublishedSnapshotService snapshots, SiteViewBuilder views, SiteCultures cultures,
    IAntiforgery antiforgery, TimeProvider clock)
{
    /// <summary>The content view of a published network for <paramref name="culture"/>; null when there is none.</summary>
    public SiteView? ContentView(Guid networkKey, string culture)
    {
        var snapshot = snapshots.Current;
        return snapshot.Find(networkKey) is { ContentType: MemberContent.NetworkType } node && cultures.Served(node, culture) is not null
            ? views.Content(snapshot, culture, node)
            : null;
    }

    public async Task<SiteView> BuildAsync(HttpContext http, SiteView content, JoinFormState state, CancellationToken cancellationToken)
    {
        var frame = content.Frame;
        var node = content.Content!.Node;
        var network = networks.Find(node.Key, frame.Culture)!;
        var page = new NetworkPageView
        {
            Text = NetworkText.For(frame.Culture),
            Frame = frame,
            Content = content.Content,
            Network = network,
            DirectoryUrl = NetworkSiteUrls.Directory(frame.Culture, network.Key),
            Seminars = await SeminarsAsync(frame, network.Key, cancellationToken),
            Form = network.Policy == MembershipPolicy.Invitation ? null : Form(http, frame.Culture, network, state),
        };
        return Feature(content, (state.Errors.Count > 0 || state.Problem is not null ? page.Text.ErrorTitlePrefix : "") + content.Title,
            ComponentBody.Of<NetworkPageBody>(nameof(NetworkPageBody.Page), page));
    }

    /// <summary>The page after a join request: the same words whether or not the address already asked or has an account.</summary>
    public static SiteView Sent(SiteView content)
    {
        var text = NetworkText.For(content.Frame.Culture);
        var back = new SiteLinkView(content.Content!.Served.Name, content.Frame.Linker.Url(content.Content.Node) ?? "/");
        return new SiteView
        {
            Frame = content.Frame,
            Title = $"{text.SentTitle} – Hedershus",
            Kind = SitePageKind.Feature,
            Body = ComponentBody.Of<JoinSentBody>(nameof(JoinSentBody.View), (text, back)),
            Breadcrumbs = [.. content.Breadcrumbs, back],
        };
    }

    private async Task<IReadOnlyList<NetworkSeminarView>> SeminarsAsync(SiteFrame frame, Guid network, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = snapshots.Current;
        return (await seminars.ListAsync(new SeminarQuery(frame.Culture), cancellationToken))
            .Select(l => l.Seminar)
            .Where(s => s.Eligibility == "networkMembers" && s.Network == network && (s.Ends is not { } ends || ends >= now))
            .Select(s => snapshot.Find(s.Key) is { } node && cultures.Served(node, frame.Culture) is { } served && frame.Linker.Url(node) is { } href
                ? new NetworkSeminarView(served.Name, href, cultures.LanguageTag(served.Culture) is var tag && tag != frame.LanguageTag ? tag : null,
                    s.Begins, s.Sessions.Count > 0 ? s.Sessions[0].End : null)
                : null)
            .OfType<NetworkSeminarView>().ToList();
    }

    private JoinFormView Form(HttpContext http, string culture, Network network, JoinFormState state)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new JoinFormView
        {
            Action = NetworkSiteUrls.Join(culture, network.Key),
            AntiforgeryField = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken!,
            Policy = network.Policy,
            Values = state.Values,
            Errors = state.Errors,
            Problem = state.Problem,
        };
    }

    private static SiteView Feature(SiteView content, string title, Microsoft.AspNetCore.Components.RenderFragment body) => new()
    {
        Frame = content.Frame,
        Title = title,
        Description = content.Description,
        Kind = SitePageKind.Feature,
        Body = body,
        Breadcrumbs = content.Breadcrumbs,
    };
}
