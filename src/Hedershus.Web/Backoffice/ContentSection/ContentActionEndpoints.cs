using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Routing;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>
/// The content forms. Each calls one Core service, then redirects to the page with a confirmation; a refusal shows
/// the page again with the reason (400 for invalid input, 409 for a conflict, with what was typed kept).
/// </summary>
public static class ContentActionEndpoints
{
    public static void MapContentActions(this RouteGroupBuilder content)
    {
        content.MapPost("/create", CreateAsync).WithName("BackofficeContentCreate");
        content.MapPost("/{id:guid}/save", ContentSaveAction.SaveAsync).WithName("BackofficeContentSave");
        content.MapPost("/{id:guid}/publish", PublishAsync).WithName("BackofficeContentPublish");
        content.MapPost("/{id:guid}/unpublish", UnpublishAsync).WithName("BackofficeContentUnpublish");
        content.MapPost("/{id:guid}/schedule", ScheduleAsync).WithName("BackofficeContentSchedule");
        content.MapPost("/{id:guid}/move", MoveAsync).WithName("BackofficeContentMove");
        content.MapPost("/{id:guid}/sort", SortAsync).WithName("BackofficeContentSort");
        content.MapPost("/root/sort", SortRootAsync).WithName("BackofficeContentSortRoot");
        content.MapPost("/{id:guid}/trash", TrashAsync).WithName("BackofficeContentTrash");
        content.MapPost("/{id:guid}/restore", RestoreAsync).WithName("BackofficeContentRestore");
        content.MapPost("/{id:guid}/rollback", RollbackAsync).WithName("BackofficeContentRollback");
        content.MapPost("/redirects/{redirectId:int}/delete", DeleteRedirectAsync).WithName("BackofficeRedirectDelete");
        content.MapTranslationActions();
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ContentService content, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var culture = editor.Culture(form["culture"]);
        Guid? parent = Guid.TryParse(form["parentId"], out var p) ? p : null;
        try
        {
            var type = editor.Types.Find(form["contentType"].ToString());
            var code = type is { VariesByCulture: false } ? editor.Culture(null) : culture;
            var request = new CreateContentRequest
            {
                ContentType = form["contentType"],
                ParentId = parent,
                Cultures = new() { [code] = new CultureInput { Name = form["name"] } },
            };
            var created = await content.CreateAsync(request, http.Author(), cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/content/{created.Id}?culture={code}&notice=created");
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            return await RefusedAsync(http, parent, culture, e, editor, shells, cancellationToken);
        }
    }

    private static Task<IResult> PublishAsync(Guid id, HttpContext http, PublishingService publishing, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, "published", editor, shells, async form => await publishing.PublishAsync(id, form["cultures"].OfType<string>().ToList(), cancellationToken), cancellationToken);

    private static Task<IResult> UnpublishAsync(Guid id, HttpContext http, PublishingService publishing, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, "unpublished", editor, shells, async form => await publishing.UnpublishAsync(id, form["cultures"].OfType<string>().ToList(), cancellationToken), cancellationToken);

    private static Task<IResult> ScheduleAsync(Guid id, HttpContext http, string? culture, ContentScheduleService schedules, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, "scheduled", editor, shells, async form =>
            await schedules.ScheduleAsync(id, editor.Culture(culture), Time(form["publishAt"], "publishAt"), Time(form["unpublishAt"], "unpublishAt"), cancellationToken), cancellationToken);

    private static Task<IResult> MoveAsync(Guid id, HttpContext http, ContentTreeService tree, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, "moved", editor, shells, async form =>
            await tree.MoveAsync(id, Guid.TryParse(form["parentId"], out var parent) ? parent : null, cancellationToken), cancellationToken);

    private static Task<IResult> SortAsync(Guid id, HttpContext http, ContentTreeService tree, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken) =>
        ActAsync(http, id, "sorted", editor, shells, form => tree.SortAsync(id, Order(form), cancellationToken), cancellationToken);

    private static async Task<IResult> SortRootAsync(HttpContext http, string? culture, ContentTreeService tree, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        try
        {
            await tree.SortAsync(null, Order(form), cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/content?culture={editor.Culture(culture)}&notice=sorted");
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            return await RefusedAsync(http, null, editor.Culture(culture), e, editor, shells, cancellationToken);
        }
    }

    private static async Task<IResult> TrashAsync(Guid id, HttpContext http, RecycleBinService bin, ContentService content, CancellationToken cancellationToken)
    {
        var parent = (await content.GetAsync(id, cancellationToken)).ParentId;
        await bin.TrashAsync(id, cancellationToken);
        return TypedResults.LocalRedirect(parent is null ? "/umbraco/content?notice=trashed" : $"/umbraco/content/{parent}?notice=trashed");
    }

    private static async Task<IResult> RestoreAsync(Guid id, HttpContext http, RecycleBinService bin, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        try
        {
            await bin.RestoreAsync(id, null, cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/content/{id}?notice=restored");
        }
        catch (ConflictException e)
        {
            var shell = await shells.CreateAsync(http, "content");
            var code = editor.Culture(null);
            var model = new RecycleBinModel(await editor.TreeAsync(null, [], code, cancellationToken), (await bin.TrashedAsync(0, 500, cancellationToken)).Items, code, shell.T.Refusal(e.Message), true);
            return BackofficePages.Render<RecycleBinPage>(shell, model, StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> RollbackAsync(Guid id, HttpContext http, string? culture, ContentVersionService versions, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (!int.TryParse(form["version"], out var version))
        {
            throw new InputValidationException("version", "Choose a version to roll back to.");
        }

        var only = form["rollbackCulture"].ToString();
        await versions.RollbackAsync(id, version, only.Length == 0 ? null : only, http.Author(), cancellationToken);
        return TypedResults.LocalRedirect($"/umbraco/content/{id}?culture={Uri.EscapeDataString(culture ?? "")}&notice=rolledback");
    }

    private static async Task<IResult> DeleteRedirectAsync(int redirectId, RedirectListService redirects, CancellationToken cancellationToken)
    {
        await redirects.DeleteAsync(redirectId, cancellationToken);
        return TypedResults.LocalRedirect("/umbraco/content/redirects?notice=redirectdeleted");
    }

    /// <summary>Runs an action of the node page: redirect with a confirmation, or the page again with the refusal.</summary>
    private static async Task<IResult> ActAsync(
        HttpContext http, Guid id, string notice, ContentEditor editor, BackofficeShellFactory shells, Func<IFormCollection, Task> action, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var culture = editor.Culture(http.Request.Query["culture"]);
        try
        {
            await action(form);
            return TypedResults.LocalRedirect($"/umbraco/content/{id}?culture={culture}&notice={notice}");
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            return await RefusedAsync(http, id, culture, e, editor, shells, cancellationToken);
        }
    }

    internal static async Task<IResult> RefusedAsync(
        HttpContext http, Guid? id, string culture, Exception refusal, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var status = refusal is ConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var shell = await shells.CreateAsync(http, "content");
        var message = shell.T["Refused"] + " " + ContentNotices.Describe(shell.T, refusal);
        if (id is { } key)
        {
            var model = await editor.EditAsync(shell.T, key, culture, null, new EditOverrides(Notice: message, NoticeIsError: true), cancellationToken);
            return BackofficePages.Render<ContentEditPage>(shell, model, status);
        }

        var content = http.RequestServices.GetRequiredService<ContentService>();
        var section = new ContentSectionModel(
            await editor.TreeAsync(null, [], culture, cancellationToken),
            editor.Types.All.Where(t => t.AllowedAtRoot && !t.IsElement).ToList(),
            (await content.ChildrenAsync(null, 0, 500, cancellationToken)).Items,
            message,
            true);
        return BackofficePages.Render<ContentSectionPage>(shell, section, status);
    }

    private static List<Guid> Order(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith("order.", StringComparison.Ordinal) && Guid.TryParse(k[6..], out _))
            .Select(k => (Key: Guid.Parse(k[6..]), Position: int.TryParse(form[k], out var n) ? n : int.MaxValue))
            .OrderBy(x => x.Position).Select(x => x.Key).ToList();

    private static DateTime? Time(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : throw new InputValidationException(field, "Give a date and time, e.g. 2026-05-01T08:00.");
    }

    internal static string Author(this HttpContext http) => http.User.Identity?.Name ?? "backoffice";
}
