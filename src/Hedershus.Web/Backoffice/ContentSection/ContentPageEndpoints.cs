using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Routing;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>The content section's pages (GET); the forms they hold post to <see cref="ContentActionEndpoints"/>.</summary>
public static class ContentPageEndpoints
{
    public static void MapContentPages(this RouteGroupBuilder backoffice)
    {
        var content = backoffice.MapGroup("/content").RequireAuthorization(BackofficePolicies.Content);
        content.MapGet("", SectionAsync).WithName("BackofficeContent");
        content.MapGet("/tree", TreeAsync).WithName("BackofficeContentTree");
        content.MapGet("/{id:guid}", EditAsync).WithName("BackofficeContentEdit");
        content.MapGet("/{id:guid}/versions", HistoryAsync).WithName("BackofficeContentHistory");
        content.MapGet("/recycle-bin", RecycleBinAsync).WithName("BackofficeRecycleBin");
        content.MapGet("/redirects", RedirectsAsync).WithName("BackofficeRedirects");
        content.MapContentActions();
        backoffice.MapGet("/preview/{id:guid}", ContentPreview.RenderAsync).RequireAuthorization(BackofficePolicies.Content).WithName("BackofficePreview");
    }

    public static async Task<RazorComponentResult> SectionAsync(
        HttpContext http, string? culture, string? notice, ContentEditor editor, ContentService content, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "content");
        var code = editor.Culture(culture);
        var model = new ContentSectionModel(
            await editor.TreeAsync(null, [], code, cancellationToken),
            editor.Types.All.Where(t => t.AllowedAtRoot && !t.IsElement).ToList(),
            (await content.ChildrenAsync(null, 0, 500, cancellationToken)).Items,
            ContentNotices.Read(shell.T, notice),
            false);
        return BackofficePages.Render<ContentSectionPage>(shell, model);
    }

    public static async Task<RazorComponentResult> TreeAsync(
        HttpContext http, Guid parent, string? culture, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var code = editor.Culture(culture);
        var model = new ContentTreeModel(await editor.LevelAsync(parent, [], code, cancellationToken), null, code);
        return BackofficePages.Render<ContentTreeFragment>(await shells.CreateAsync(http, "content"), model);
    }

    public static async Task<RazorComponentResult> EditAsync(
        HttpContext http, Guid id, string? culture, string? source, string? notice, ContentEditor editor, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "content");
        var overrides = new EditOverrides(Notice: ContentNotices.Read(shell.T, notice));
        var model = await editor.EditAsync(shell.T, id, editor.Culture(culture), source, overrides, cancellationToken);
        return BackofficePages.Render<ContentEditPage>(shell, model);
    }

    public static async Task<RazorComponentResult> HistoryAsync(
        HttpContext http, Guid id, string? culture, int? version, string? notice, ContentEditor editor, ContentService content,
        ContentVersionService versions, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "content");
        var code = editor.Culture(culture);
        var document = await content.GetAsync(id, cancellationToken);
        var type = editor.Types.Find(document.ContentType)!;
        var selected = version is { } v ? await versions.GetAsync(id, v, cancellationToken) : null;
        var current = new Hedershus.Core.Content.ContentData
        {
            Properties = document.Properties,
            Cultures = document.Cultures.ToDictionary(c => c.Key, c => new Hedershus.Core.Content.CultureData { Name = c.Value.Name, Segment = c.Value.Segment, Properties = c.Value.Properties }, StringComparer.OrdinalIgnoreCase),
        };
        var model = new ContentHistoryModel
        {
            Document = document,
            DisplayName = editor.NameIn(document.Cultures.ToDictionary(c => c.Key, c => c.Value.Name), code),
            Culture = code,
            Tree = await editor.TreeAsync(id, [id], code, cancellationToken),
            Versions = await versions.ListAsync(id, cancellationToken),
            Selected = selected,
            Diff = selected is null ? [] : ContentHistoryModel.Compare(type, selected.Data, current, editor.Types, p => shell.T.Pick(p.Names, p.Alias), shell.T["Name"]),
            Notice = ContentNotices.Read(shell.T, notice),
        };
        return BackofficePages.Render<ContentHistoryPage>(shell, model);
    }

    public static async Task<RazorComponentResult> RecycleBinAsync(
        HttpContext http, string? culture, string? notice, ContentEditor editor, RecycleBinService bin, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "content");
        var code = editor.Culture(culture);
        var trashed = await bin.TrashedAsync(0, 500, cancellationToken);
        var model = new RecycleBinModel(await editor.TreeAsync(null, [], code, cancellationToken), trashed.Items, code, ContentNotices.Read(shell.T, notice), false);
        return BackofficePages.Render<RecycleBinPage>(shell, model);
    }

    public static async Task<RazorComponentResult> RedirectsAsync(
        HttpContext http, string? notice, ContentEditor editor, RedirectListService redirects, ContentOutlineService outline,
        BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "content");
        var code = editor.Culture(null);
        var page = await redirects.ListAsync(0, 500, cancellationToken);
        var names = (await outline.ListAsync(cancellationToken)).ToDictionary(n => n.Key, n => n.Names);
        var items = page.Items.Select(r => (r, names.TryGetValue(r.NodeKey, out var n) ? editor.NameIn(n, r.Culture) : r.NodeKey.ToString())).ToList();
        var model = new RedirectsModel(await editor.TreeAsync(null, [], code, cancellationToken), items, page.Total, ContentNotices.Read(shell.T, notice));
        return BackofficePages.Render<RedirectsPage>(shell, model);
    }
}
