using Hedershus.Core.Content.Published;
using Hedershus.Web.Site;
using Hedershus.Web.Site.Components.Members;
using Hedershus.Web.Site.Seminars;

namespace Hedershus.Web.Members;

/// <summary>A member page in the site's frame (quick exit, crisis numbers: SAFETY.md S1, S11) in the page's language.</summary>
public sealed class MemberPageBuilder(PublishedSnapshotService snapshots, SiteFrameBuilder frames, SiteCultures cultures)
{
    public SiteView Build(MemberPageView view)
    {
        var frame = frames.Build(snapshots.Current, view.Routes.Culture, cultures.Root);
        return new SiteView
        {
            Frame = frame,
            Title = Title(view) + " – Hedershus",
            Kind = SitePageKind.Feature,
            Body = ComponentBody.Of<MemberBody>(nameof(MemberBody.View), view),
        };
    }

    public static MemberPageView View(string culture, MemberPageMode mode, string? back = null) =>
        new() { Text = MemberText.For(culture), Routes = MemberRoutes.For(culture), Mode = mode, Back = back };

    private static string Title(MemberPageView view) => view.Mode switch
    {
        MemberPageMode.Account => view.Text.AccountTitle,
        MemberPageMode.Deleted => view.Text.DeleteTitle,
        MemberPageMode.MembersOnly => view.Text.MembersOnlyTitle,
        MemberPageMode.ConfirmMembership or MemberPageMode.MembershipConfirmed or MemberPageMode.ConfirmationGone => view.Text.ConfirmTitle,
        _ => view.Text.SignInTitle,
    };
}
