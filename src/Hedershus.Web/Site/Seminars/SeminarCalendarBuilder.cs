using Hedershus.Core.Content.Published;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site.Components.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>Builds the calendar page: upcoming seminars with seats left, filtered by audience, topic, month and format.</summary>
public sealed class SeminarCalendarBuilder(
    SeminarCatalog catalog,
    PublishedSnapshotService snapshots,
    SiteFrameBuilder frames,
    SiteCultures cultures,
    SeminarSiteUrls urls,
    TimeProvider clock)
{
    public async Task<SiteView> BuildAsync(string culture, IQueryCollection query, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        var text = SeminarTexts.For(culture);
        var frame = frames.Build(snapshot, culture, urls.Calendar);
        var now = clock.GetUtcNow().UtcDateTime;
        // A seminar without dates is shown too: editors may publish one before its time is set.
        var upcoming = (await catalog.ListAsync(new SeminarQuery(culture), cancellationToken))
            .Where(l => l.Seminar.Ends is not { } ends || ends >= now).ToList();
        var filter = SeminarCalendarFilter.From(upcoming.Select(l => l.Seminar).ToList(), text, query);
        var view = new SeminarCalendarView
        {
            Text = text,
            Action = urls.Calendar(culture),
            Filter = filter,
            Seminars = upcoming.Where(l => filter.Matches(l.Seminar)).Select(l => Card(snapshot, frame, l, now)).OfType<SeminarCardView>().ToList(),
        };
        return new SiteView
        {
            Frame = frame,
            Title = $"{text.CalendarTitle} – Hedershus",
            Description = text.CalendarIntro,
            Kind = SitePageKind.Feature,
            Body = ComponentBody.Of<SeminarCalendarBody>(nameof(SeminarCalendarBody.View), view),
        };
    }

    /// <summary>The name of the network a members-only seminar is for, in the page's language; null for any network.</summary>
    internal static string? NetworkName(SiteFrame frame, Seminar seminar) =>
        seminar.Network is { } key && frame.Linker.Snapshot.Find(key) is { } network
            && frame.Linker.Name(network) is { Length: > 0 } name ? name : null;

    private SeminarCardView? Card(PublishedSnapshot snapshot, SiteFrame frame, SeminarListing listing, DateTime now)
    {
        var seminar = listing.Seminar;
        if (snapshot.Find(seminar.Key) is not { } node || cultures.Served(node, frame.Culture) is not { } served || frame.Linker.Url(node) is not { } href)
        {
            return null;
        }

        var first = seminar.Sessions.Count > 0 ? seminar.Sessions[0] : null;
        var languageTag = cultures.LanguageTag(served.Culture);
        return new SeminarCardView(
            served.Name,
            href,
            languageTag == frame.LanguageTag ? null : languageTag,
            new SiteProperties(served.Properties).Text("summary"),
            seminar.Begins,
            first?.End,
            first?.Place ?? seminar.Location,
            seminar.IsOnline,
            seminar.Audience,
            SeminarStatusView.Of(listing, now, NetworkName(frame, seminar)));
    }
}
