using System.Globalization;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Members;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Web.Site;
using Hedershus.Web.Site.Components.Members;
using Hedershus.Web.Site.Seminars;

namespace Hedershus.Web.Members.Mailings;

/// <summary>The archive and unsubscribe pages in the site's frame (quick exit, crisis numbers: SAFETY.md S1, S11).</summary>
public sealed class MailingPageBuilder(PublishedSnapshotService snapshots, SiteFrameBuilder frames, SiteCultures cultures)
{
    public SiteView Archive(string culture, ArchivedMailings archive)
    {
        var text = MailingPageText.For(culture);
        return Build(culture, string.Format(CultureInfo.InvariantCulture, text.ArchiveTitle, archive.NetworkName),
            new MailingPageView { Text = text, Routes = MemberRoutes.For(culture), Archive = archive });
    }

    /// <summary>The unsubscribe page in the recipient's language; <paramref name="target"/> null for an unknown link.</summary>
    public SiteView Unsubscribe(UnsubscribeTarget? target, string action)
    {
        var culture = MemberPaths.IsSwedish(target?.Language) ? "sv" : "en";
        var text = MailingPageText.For(culture);
        return Build(culture, text.UnsubscribeTitle, new MailingPageView { Text = text, Routes = MemberRoutes.For(culture), Target = target, Action = action });
    }

    private SiteView Build(string culture, string title, MailingPageView view) => new()
    {
        Frame = frames.Build(snapshots.Current, culture, cultures.Root),
        Title = title + " – Hedershus",
        Kind = SitePageKind.Feature,
        Body = view.Archive is not null
            ? ComponentBody.Of<MailingArchiveBody>(nameof(MailingArchiveBody.View), view)
            : ComponentBody.Of<UnsubscribeBody>(nameof(UnsubscribeBody.View), view),
    };
}
