using Hedershus.Core.Common;
using Hedershus.Core.Media;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.MediaSection;

/// <summary>
/// The upload form: Core stages and inspects the file (size limit, content sniffing), the backoffice asks for alt text
/// in the default culture for images, then Core saves it. Every refusal is shown on the folder page in words.
/// </summary>
public static class MediaUploadAction
{
    public static async Task<IResult> UploadAsync(
        HttpContext http, MediaService media, CultureCatalog cultures, MediaPageBuilder pages, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        Guid? parent = Guid.TryParse(form["parentId"], out var p) ? p : null;
        var altText = AltText(form, cultures);
        try
        {
            var file = form.Files["file"] ?? throw new InputValidationException("file", "Choose a file to upload.");
            await using var content = file.OpenReadStream();
            await using var staged = await media.StageAsync(content, file.FileName, file.ContentType, cancellationToken);
            RequireAltText(staged.Inspected.Format.MediaType, altText, cultures.Default);
            var name = form["name"].ToString();
            var item = await media.CreateFromStagedAsync(staged, new MediaUploadDetails(name.Length == 0 ? null : name, parent, altText), cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/media/{item.Key}?notice=uploaded");
        }
        catch (Exception e) when (e is InputValidationException or PayloadTooLargeException)
        {
            var shell = await shells.CreateAsync(http, "media");
            var errors = e is InputValidationException invalid
                ? shell.T.Refusals(invalid.Errors)
                : new Dictionary<string, string[]> { ["file"] = [shell.T["FileTooLarge"] + " " + shell.T.Refusal(e.Message)] };
            var posted = form.Keys.Where(k => k == "name" || k.StartsWith("altText.", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var overrides = new MediaFolderModel { Path = [], Items = [], Cultures = [], DefaultCulture = "", Notice = shell.T["UploadRefused"], NoticeIsError = true, Errors = errors, Posted = posted };
            var status = e is PayloadTooLargeException ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return BackofficePages.Render<MediaFolderPage>(shell, await pages.FolderAsync(parent, overrides, cancellationToken), status);
        }
    }

    public static Dictionary<string, string?> AltText(IFormCollection form, CultureCatalog cultures) =>
        cultures.All.ToDictionary(c => c.Code, c => (string?)form[$"altText.{c.Code}"].ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>An image needs words for people who cannot see it, at least in the default culture.</summary>
    public static void RequireAltText(MediaType type, IReadOnlyDictionary<string, string?> altText, string defaultCulture)
    {
        if (type == MediaType.Image && string.IsNullOrWhiteSpace(altText.GetValueOrDefault(defaultCulture)))
        {
            throw new InputValidationException($"altText.{defaultCulture}", "An image needs an alternative text (what the image shows) in the default language.");
        }
    }
}
