using System.Globalization;
using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Dashboard;
using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.DashboardSection;

/// <summary>The backoffice start page (the dashboard) and the audit log page; both read the same Core lists as the management API.</summary>
public static class DashboardPageEndpoints
{
    public static void MapDashboardPages(this RouteGroupBuilder backoffice)
    {
        backoffice.MapGet("", StartAsync).WithName("BackofficeStart");
        backoffice.MapGet("/attention/{list}", AttentionListAsync).RequireAuthorization(BackofficePolicies.Content).WithName("BackofficeAttentionList");
        backoffice.MapGet("/audit-log", AuditLogAsync).RequireAuthorization(BackofficePolicies.AuditLog).WithName("BackofficeAuditLog");
    }

    public static async Task<RazorComponentResult> StartAsync(
        HttpContext http, BackofficeShellFactory shells, IServiceProvider services, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "start");
        var model = new DashboardModel();
        if (await shells.MayAsync(http, BackofficePolicies.Content))
        {
            model = await ContentListsAsync(services, 0, DashboardModel.PanelSize, cancellationToken);
        }

        if (await shells.MayAsync(http, BackofficePolicies.AuditLog))
        {
            var activity = await services.GetRequiredService<AuditReader>().ListAsync(new AuditQuery(), 0, DashboardModel.PanelSize, cancellationToken);
            model = model with { RecentActivity = activity, NodeNames = await NamesAsync(services, cancellationToken) };
        }

        return BackofficePages.Render<DashboardPage>(shell, model);
    }

    public static async Task<IResult> AttentionListAsync(
        string list, int? skip, HttpContext http, BackofficeShellFactory shells, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!AttentionLists.All.Contains(list))
        {
            return TypedResults.NotFound();
        }

        var shell = await shells.CreateAsync(http, "start");
        var from = Math.Max(0, skip ?? 0);
        var model = await ContentListsAsync(services, from, DashboardModel.ListPageSize, cancellationToken);
        return BackofficePages.Render<AttentionListPage>(shell, new AttentionListModel(model, list, from));
    }

    public static async Task<RazorComponentResult> AuditLogAsync(
        HttpContext http, string? user, string? node, string? culture, string? action, string? from, string? to, int? skip,
        AuditReader audit, CultureCatalog cultures, BackofficeShellFactory shells, IServiceProvider services, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "audit-log");
        var filter = new AuditLogFilter(user, node, culture, action, from, to, Math.Max(0, skip ?? 0));
        var errors = new Dictionary<string, string[]>();
        var query = AuditActor.Filter(new AuditQuery
        {
            NodeKey = ParseNode(node, errors),
            Culture = cultures.Normalize(culture),
            Action = string.IsNullOrWhiteSpace(action) ? null : action,
            From = ParseDay(from, "from", errors),
            To = ParseDay(to, "to", errors)?.AddDays(1),
        }, user);
        var rows = new PagedResult<AuditEntryView>(0, []);
        if (errors.Count == 0)
        {
            try
            {
                rows = await audit.ListAsync(query, filter.Skip, AuditLogModel.PageSize, cancellationToken);
            }
            catch (InputValidationException e)
            {
                errors = e.Errors.ToDictionary();
            }
        }

        var model = new AuditLogModel
        {
            Filter = filter,
            Rows = rows,
            Actors = await audit.ActorsAsync(cancellationToken),
            Cultures = cultures.All,
            NodeNames = await NamesAsync(services, cancellationToken),
            Errors = shell.T.Refusals(errors),
        };
        return BackofficePages.Render<AuditLogPage>(shell, model, errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<DashboardModel> ContentListsAsync(IServiceProvider services, int skip, int size, CancellationToken cancellationToken)
    {
        var reports = services.GetRequiredService<AttentionReports>();
        var translations = services.GetRequiredService<TranslationStatusReader>();
        return new DashboardModel
        {
            OverdueReviews = reports.OverdueReviews(skip, size),
            OutdatedTranslations = await translations.OutdatedAsync(skip, size, cancellationToken),
            UnreviewedTranslations = await translations.NeedingNativeReviewAsync(skip, size, cancellationToken),
            UnverifiedNumbers = reports.UnverifiedNumbers(skip, size),
            PhoneVerificationDays = services.GetRequiredService<IOptions<DashboardOptions>>().Value.PhoneVerificationDays,
            ReviewQueue = await services.GetRequiredService<ReviewReader>().ListAsync(new ReviewQuery { State = ReviewState.Pending }, 0, size, cancellationToken),
        };
    }

    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var defaultCulture = services.GetRequiredService<CultureCatalog>().Default;
        return (await services.GetRequiredService<ContentOutlineService>().ListAsync(cancellationToken))
            .ToDictionary(n => n.Key, n => n.Names.GetValueOrDefault(defaultCulture) ?? n.Names.Values.FirstOrDefault() ?? "");
    }

    private static Guid? ParseNode(string? node, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(node))
        {
            return null;
        }

        if (Guid.TryParse(node.Trim(), out var key))
        {
            return key;
        }

        errors["node"] = ["Give a page id (a GUID, as in the page's address)."];
        return null;
    }

    private static DateTime? ParseDay(string? day, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(day))
        {
            return null;
        }

        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        errors[field] = ["Give a date as YYYY-MM-DD."];
        return null;
    }
}
