using Hedershus.Core.Common;
using Hedershus.Core.Media;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.MediaSection;

/// <summary>The media section: folders, upload with alt text per culture, details, where-used and deletion.</summary>
public static class MediaPageEndpoints
{
    public static void MapMediaPages(this RouteGroupBuilder backoffice)
    {
        var media = backoffice.MapGroup("/media").RequireAuthorization(BackofficePolicies.Media);
        media.MapGet("", FolderAsync).WithName("BackofficeMedia");
        media.MapGet("/{id:guid}", ItemAsync).WithName("BackofficeMediaItem");
        media.MapPost("/upload", MediaUploadAction.UploadAsync).WithName("BackofficeMediaUpload");
        media.MapPost("/folders", CreateFolderAsync).WithName("BackofficeMediaFolder");
        media.MapPost("/{id:guid}/save", SaveAsync).WithName("BackofficeMediaSave");
        media.MapPost("/{id:guid}/delete", DeleteAsync).WithName("BackofficeMediaDelete");
    }

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["uploaded"] = "Notice.uploaded", ["folder"] = "Notice.folder", ["saved"] = "Notice.saved", ["deleted"] = "Notice.deleted",
    };

    public static async Task<RazorComponentResult> FolderAsync(
        HttpContext http, Guid? folder, string? notice, MediaPageBuilder pages, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "media");
        var model = await pages.FolderAsync(folder, new MediaFolderModel { Path = [], Items = [], Cultures = [], DefaultCulture = "", Notice = Notice(shell, notice) }, cancellationToken);
        return BackofficePages.Render<MediaFolderPage>(shell, model);
    }

    public static async Task<RazorComponentResult> ItemAsync(
        HttpContext http, Guid id, string? notice, MediaPageBuilder pages, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var shell = await shells.CreateAsync(http, "media");
        return BackofficePages.Render<MediaItemPage>(shell, await pages.ItemAsync(id, Notice(shell, notice), false, null, cancellationToken));
    }

    private static async Task<IResult> CreateFolderAsync(
        HttpContext http, MediaService media, MediaPageBuilder pages, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        Guid? parent = Guid.TryParse(form["parentId"], out var p) ? p : null;
        try
        {
            var folder = await media.CreateFolderAsync(form["folderName"], parent, cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/media?folder={folder.Key}&notice=folder");
        }
        catch (InputValidationException e)
        {
            var shell = await shells.CreateAsync(http, "media");
            var errors = shell.T.Refusals(e.Errors).ToDictionary(kv => kv.Key == "name" ? "folderName" : kv.Key, kv => kv.Value);
            var model = await pages.FolderAsync(parent, new MediaFolderModel { Path = [], Items = [], Cultures = [], DefaultCulture = "", Notice = shell.T["SaveRefused"], NoticeIsError = true, Errors = errors }, cancellationToken);
            return BackofficePages.Render<MediaFolderPage>(shell, model, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> SaveAsync(
        Guid id, HttpContext http, MediaService media, MediaLibrary library, CultureCatalog cultures, MediaPageBuilder pages,
        BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var item = await library.FindAsync(id, cancellationToken) ?? throw new NotFoundException($"There is no media item with id {id}.");
        var altText = MediaUploadAction.AltText(form, cultures);
        try
        {
            MediaUploadAction.RequireAltText(item.MediaType, altText, cultures.Default);
            var focal = item.FocalPointLeft is { } left && item.FocalPointTop is { } top ? new MediaFocalPoint(left, top) : null;
            Guid? parent = Guid.TryParse(form["parentId"], out var p) ? p : null;
            await media.UpdateAsync(id, new MediaUpdate(form["name"], parent, altText, focal), cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/media/{id}?notice=saved");
        }
        catch (InputValidationException e)
        {
            var shell = await shells.CreateAsync(http, "media");
            var model = await pages.ItemAsync(id, shell.T["SaveRefused"], true, shell.T.Refusals(e.Errors), cancellationToken);
            return BackofficePages.Render<MediaItemPage>(shell, model, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> DeleteAsync(
        Guid id, HttpContext http, MediaService media, MediaLibrary library, MediaPageBuilder pages, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(id, cancellationToken) ?? throw new NotFoundException($"There is no media item with id {id}.");
        var parent = (await library.LocateAsync([item], cancellationToken))[item.Id].ParentKey;
        try
        {
            await media.DeleteAsync(id, cancellationToken);
            return TypedResults.LocalRedirect("/umbraco/media" + (parent is null ? "?" : $"?folder={parent}&") + "notice=deleted");
        }
        catch (ConflictException e)
        {
            var shell = await shells.CreateAsync(http, "media");
            var model = await pages.ItemAsync(id, shell.T["DeleteRefused"] + " " + shell.T.Refusal(e.Message), true, null, cancellationToken);
            return BackofficePages.Render<MediaItemPage>(shell, model, StatusCodes.Status409Conflict);
        }
    }

    private static string? Notice(BackofficeShell shell, string? key) =>
        key is not null && Notices.TryGetValue(key, out var text) ? shell.T[text] : null;
}
