using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site.Components.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// The registrant's page in the site's frame (quick exit, crisis numbers, S1), in the language they registered in.
/// The language switcher leads to each language's home page: the page itself exists in one language only.
/// </summary>
public sealed class RegistrantPageBuilder(PublishedSnapshotService snapshots, SiteFrameBuilder frames, SiteViewBuilder views, SiteCultures cultures, CultureCatalog catalog)
{
    public SiteView Build(RegistrantView registration, string token, RegistrantAction? done)
    {
        var snapshot = snapshots.Current;
        var culture = catalog.Normalize(registration.Language) ?? cultures.Default;
        var frame = frames.Build(snapshot, culture, cultures.Root);
        var text = SeminarTexts.For(culture);
        var view = new RegistrantPageView
        {
            Text = text,
            Registration = registration,
            ActionBase = RegistrationMailer.RegistrantPath + token + "/",
            SeminarUrl = snapshot.Find(registration.SeminarId) is { } node ? frame.Linker.Url(node) : null,
            Done = done,
        };
        return new SiteView
        {
            Frame = frame,
            Title = $"{text.RegistrantTitle}: {registration.SeminarName} – Hedershus",
            Kind = SitePageKind.Feature,
            Body = ComponentBody.Of<RegistrantBody>(nameof(RegistrantBody.View), view),
        };
    }

    /// <summary>The site's 404 page, for a link that leads to no registration (unknown, or its data already removed).</summary>
    public SiteView NotFound() => views.NotFound(snapshots.Current, cultures.Default);
}
