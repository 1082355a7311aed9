using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Networks;
using Hedershus.Web.Members;
using Hedershus.Web.Site.Components.Networks;
using Hedershus.Web.Site.Seminars;
using Microsoft.AspNetCore.Antiforgery;

namespace Hedershus.Web.Site.Networks;

/// <summary>
/// The join form's POST and the member directory. A join answers the same page whether the address is new, already
/// asked or already a member (<see cref="MembershipService.JoinAsync"/> tells the address's owner by e-mail instead), so
/// the answer never tells whether an address has an account or a membership.
/// </summary>
public sealed class NetworkSitePages(
    NetworkPageBuilder pages, MembershipService memberships, MemberDirectory directory, MemberContentGate gate, MemberPageBuilder memberPages,
    NetworkCatalog networks, SiteViewBuilder views, SiteFrameBuilder frames, PublishedSnapshotService snapshots, SiteCultures cultures, IAntiforgery antiforgery)
{
    public static readonly string[] Fields = ["name", "email", "organisation", "municipality", "role"];

    public async Task<IResult> JoinAsync(HttpContext http, string routeCulture, Guid id, CancellationToken cancellationToken)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var culture = cultures.All.FirstOrDefault(c => c.Code == form?["culture"].ToString())?.Code ?? routeCulture;
        if (pages.ContentView(id, culture) is not { } content)
        {
            return SiteEndpoints.Page(views.NotFound(snapshots.Current, culture), StatusCodes.Status404NotFound);
        }

        var text = NetworkText.For(culture);
        var values = Fields.ToDictionary(f => f, f => form?[f].ToString() ?? "");
        if (form is null || !await antiforgery.IsRequestValidAsync(http))
        {
            return await AgainAsync(http, content, new JoinFormState(values, new Dictionary<string, string>(), text.FormStale), StatusCodes.Status400BadRequest, cancellationToken);
        }

        try
        {
            await memberships.JoinAsync(id, new JoinRequest
            {
                Name = values["name"], Email = values["email"], Organisation = values["organisation"], Municipality = values["municipality"],
                Role = values["role"], Language = culture,
            }, cancellationToken);
        }
        catch (InputValidationException e)
        {
            return await AgainAsync(http, content, new JoinFormState(values, Messages(e, text), null), StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (ConflictException e) when (Reason(e) == "invitationOnly")
        {
            return await AgainAsync(http, content, JoinFormState.Blank, StatusCodes.Status409Conflict, cancellationToken);
        }

        return SiteEndpoints.Page(NetworkPageBuilder.Sent(content), StatusCodes.Status200OK);
    }

    /// <summary>The directory: only for the network's active members (403 "for members" page otherwise), never cached.</summary>
    public async Task<IResult> DirectoryAsync(HttpContext http, string culture, Guid id, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var snapshot = snapshots.Current;
        if (networks.Find(id, culture) is not { } network)
        {
            return SiteEndpoints.Page(views.NotFound(snapshot, culture), StatusCodes.Status404NotFound);
        }

        if (!await gate.MayReadAsync(http, id, cancellationToken))
        {
            return SiteEndpoints.Page(memberPages.Build(MemberPageBuilder.View(culture, MemberPageMode.MembersOnly)), StatusCodes.Status403Forbidden);
        }

        var text = NetworkText.For(culture);
        var frame = frames.Build(snapshot, culture, c => NetworkSiteUrls.Directory(c, id));
        var networkUrl = snapshot.Find(id) is { } node ? cultures.Url(node, culture) ?? cultures.Root(culture) : cultures.Root(culture);
        var view = new MemberDirectoryView(text, network.Name, networkUrl, await directory.ListAsync(id, cancellationToken));
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.DirectoryTitle, network.Name);
        return SiteEndpoints.Page(new SiteView
        {
            Frame = frame,
            Title = $"{title} – Hedershus",
            Kind = SitePageKind.Feature,
            Body = ComponentBody.Of<MemberDirectoryBody>(nameof(MemberDirectoryBody.View), view),
            Breadcrumbs = [new SiteLinkView(network.Name, networkUrl)],
        }, StatusCodes.Status200OK);
    }

    private async Task<IResult> AgainAsync(HttpContext http, SiteView content, JoinFormState state, int status, CancellationToken cancellationToken) =>
        SiteEndpoints.Page(await pages.BuildAsync(http, content, state, cancellationToken), status);

    private static Dictionary<string, string> Messages(InputValidationException e, NetworkText text) =>
        e.Errors.Keys.Where(Fields.Contains).ToDictionary(f => f, f => f switch
        {
            "email" => text.BadEmail,
            "name" when e.Errors[f].Contains("Required.") => text.NameMissing,
            _ => text.TooLong,
        });

    private static string? Reason(ConflictException e) => e.Details.GetValueOrDefault("reason") as string;
}
