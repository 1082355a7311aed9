using System.Globalization;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Seminars;
using Hedershus.Web.Site.Components.Seminars;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Builds a seminar's page over its content view: seats left from the database, and while registration is open the
/// form with an anti-forgery token (its cookie is the one cookie the public site sets, allowed on professionals'
/// form pages by SAFETY.md S7) and a protected render stamp. A seminar for network members offers the form only to a
/// signed-in active member of its network (prefilled from their profile) and tells everyone else who may register and
/// how to join or sign in. Also builds the page shown after registering.
/// </summary>
public sealed class SeminarPageBuilder(
    SeminarCatalog catalog,
    PublishedSnapshotService snapshots,
    SiteViewBuilder views,
    SiteCultures cultures,
    SeminarSiteUrls urls,
    IAntiforgery antiforgery,
    RegistrationFormStamp stamps,
    SeminarMemberLookup members,
    DocumentTypeRegistry registry,
    IOptions<SeminarOptions> options,
    TimeProvider clock)
{
    /// <summary>?grupp=n opens the group form with n person boxes; any other value shows the seminar page.</summary>
    public const string GroupParameter = "grupp";

    public int MaxGroupSize => options.Value.MaxGroupSize;

    /// <summary>The content view of a published seminar for a visitor of <paramref name="culture"/>; null when there is none.</summary>
    public SiteView? ContentView(Guid seminarKey, string culture)
    {
        var snapshot = snapshots.Current;
        return snapshot.Find(seminarKey) is { ContentType: Seminar.ContentType } node && cultures.Served(node, culture) is not null
            ? views.Content(snapshot, culture, node)
            : null;
    }

    /// <summary>The seminar page for a GET, or the group form when the query asks for one.</summary>
    public Task<SiteView> ShowAsync(HttpContext http, SiteView content, CancellationToken cancellationToken)
    {
        var size = int.TryParse(http.Request.Query[GroupParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= MaxGroupSize ? n : 0;
        return BuildAsync(http, content, size == 0 ? SeminarFormState.Blank : SeminarFormState.Group(size), cancellationToken);
    }

    public async Task<SiteView> BuildAsync(HttpContext http, SiteView content, SeminarFormState state, CancellationToken cancellationToken)
    {
        var frame = content.Frame;
        var text = SeminarTexts.For(frame.Culture);
        var node = content.Content!.Node;
        var listing = await catalog.GetAsync(node.Key, frame.Culture, cancellationToken);
        var standing = await members.FindAsync(http, listing.Seminar, cancellationToken);
        var networkName = SeminarCalendarBuilder.NetworkName(frame, listing.Seminar);
        var status = SeminarStatusView.Of(listing, clock.GetUtcNow().UtcDateTime, networkName, standing.Eligible);
        if (standing.Prefill is { } prefill && ReferenceEquals(state.Values, RegistrationFormValues.Empty))
        {
            state = state with { Values = prefill };
        }

        var form = status.Availability.TakesRegistrations() ? Form(http, listing.Seminar, frame.Culture, state) : null;
        var page = new SeminarPageView
        {
            Text = text,
            Frame = frame,
            Seminar = listing.Seminar,
            Content = content.Content,
            Status = status,
            PageUrl = frame.Linker.Url(node)!,
            CalendarUrl = urls.Calendar(frame.Culture),
            MaxGroupSize = MaxGroupSize,
            Form = form,
            FormMode = state.FormMode && form is not null,
            Problem = state.Problem,
            Members = MembersNotice(http, frame, listing.Seminar, networkName, standing),
        };
        var name = content.Content.Served.Name;
        var title = page.FormMode ? string.Format(CultureInfo.InvariantCulture, form!.IsGroup ? text.GroupFormHeading : text.FormHeading, name) : name;
        return Feature(content, (state.HasErrors ? text.ErrorTitlePrefix : "") + title,
            ComponentBody.Of<SeminarPageBody>(nameof(SeminarPageBody.Page), page),
            page.FormMode ? new SiteLinkView(name, page.PageUrl) : null);
    }

    public SiteView Result(SiteView content, IReadOnlyList<RegisteredPerson> people, bool group)
    {
        var text = SeminarTexts.For(content.Frame.Culture);
        var served = content.Content!;
        var view = new RegistrationResultView
        {
            Text = text,
            SeminarName = served.Served.Name,
            SeminarLanguageTag = served.IsFallback ? served.ServedLanguageTag : null,
            PageUrl = content.Frame.Linker.Url(served.Node)!,
            CalendarUrl = urls.Calendar(content.Frame.Culture),
            People = people,
            IsGroup = group,
        };
        return Feature(content, $"{text.ResultTitle}: {served.Served.Name}",
            ComponentBody.Of<RegistrationResultBody>(nameof(RegistrationResultBody.View), view), new SiteLinkView(served.Served.Name, view.PageUrl));
    }

    /// <summary>
    /// What a seminar for network members says about registering; null for other seminars. Its page depends on who asks,
    /// so no shared cache may keep it.
    /// </summary>
    private static SeminarMembersNotice? MembersNotice(HttpContext http, SiteFrame frame, Seminar seminar, string? networkName, SeminarMemberStanding standing)
    {
        if (seminar.Eligibility != SeminarMemberLookup.NetworkMembers)
        {
            return null;
        }

        http.Response.Headers.CacheControl = "private, no-store";
        var network = seminar.Network is { } key && frame.Linker.Snapshot.Find(key) is { } node ? frame.Linker.Url(node) : null;
        return new SeminarMembersNotice(networkName, network, Members.MemberReturnPath.SignInUrl(Members.MemberRoutes.For(frame.Culture), http.Request.Path.Value), standing.SignedIn, standing.Eligible);
    }

    private RegistrationFormView Form(HttpContext http, Seminar seminar, string culture, SeminarFormState state)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new RegistrationFormView
        {
            Action = urls.Register(culture, seminar.Key),
            AntiforgeryField = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken!,
            Stamp = stamps.Issue(seminar.Key),
            GroupRows = state.GroupRows,
            Values = state.Values,
            Errors = state.Errors,
            Municipalities = registry.Find("helpService")?.FindProperty("municipality")?.Config.Items ?? [],
            Questions = seminar.Questions,
            RetentionDays = options.Value.RetentionDays,
        };
    }

    private SiteView Feature(SiteView content, string title, Microsoft.AspNetCore.Components.RenderFragment body, SiteLinkView? seminarCrumb)
    {
        var calendar = new SiteLinkView(SeminarTexts.For(content.Frame.Culture).CalendarTitle, urls.Calendar(content.Frame.Culture));
        return new SiteView
        {
            Frame = content.Frame,
            Title = $"{title} – Hedershus",
            Description = content.Description,
            Kind = SitePageKind.Feature,
            Body = body,
            Breadcrumbs = [.. content.Breadcrumbs, calendar, .. seminarCrumb is null ? Array.Empty<SiteLinkView>() : [seminarCrumb]],
        };
    }
}
