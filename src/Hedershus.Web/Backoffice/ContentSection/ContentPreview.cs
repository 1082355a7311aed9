using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Routing;
using Hedershus.Web.Backoffice.Shell;
using Hedershus.Web.Site;
using Hedershus.Web.Site.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>
/// The public page rendering of a draft, with a preview banner. Only signed-in editors reach it (it lives under
/// /umbraco, behind the Content policy) and it is never cached: the backoffice filter sends no-store.
/// </summary>
public static class ContentPreview
{
    public static async Task<RazorComponentResult> RenderAsync(
        Guid id, string? culture, HttpContext http, ContentService content, ContentEditor editor, PublishedSnapshotService snapshots,
        SiteViewBuilder views, CultureCatalog cultures, CancellationToken cancellationToken)
    {
        var document = await content.GetAsync(id, cancellationToken);
        var code = editor.Culture(culture);
        if (!document.Cultures.ContainsKey(code))
        {
            code = document.Cultures.ContainsKey(cultures.Default) ? cultures.Default : document.Cultures.Keys.First();
        }

        var snapshot = snapshots.Current;
        var type = editor.Types.Find(document.ContentType);
        var draft = Draft(document, snapshot.Find(id), cultures) with { VariesByCulture = type?.VariesByCulture ?? true };
        var view = views.Content(snapshot, code, draft);
        var text = new BackofficeText(BackofficeLanguage.Of(http));
        var preview = new SiteView
        {
            Frame = view.Frame,
            Title = text["PreviewTitle"] + ": " + view.Title,
            Description = view.Description,
            Kind = view.Kind,
            Content = view.Content,
            Breadcrumbs = view.Breadcrumbs,
            PreviewBanner = new SitePreviewBanner(text["PreviewBanner"], text["BackToEditing"], $"/umbraco/content/{id}?culture={code}"),
        };
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<SitePage>(new Dictionary<string, object?> { [nameof(SitePage.View)] = preview })
        {
            ContentType = "text/html; charset=utf-8",
        };
    }

    /// <summary>The draft as if it were published, in the published node's place in the tree when it has one.</summary>
    private static PublishedContent Draft(ContentDocument document, PublishedContent? published, CultureCatalog catalog)
    {
        var cultures = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, culture) in document.Cultures)
        {
            var properties = new Dictionary<string, JsonElement>(document.Properties, StringComparer.Ordinal);
            foreach (var (alias, value) in culture.Properties)
            {
                properties[alias] = value;
            }

            cultures[code] = new PublishedCulture
            {
                Culture = code,
                Name = culture.Name,
                Segment = culture.Segment,
                PublishedAt = document.UpdateDate,
                Properties = properties,
                Route = published?.Cultures.GetValueOrDefault(code)?.Route ?? ContentRoutes.Root(code, catalog.Default) + culture.Segment + "/",
            };
        }

        return new PublishedContent
        {
            Key = document.Id,
            Id = published?.Id ?? 0,
            ParentKey = document.ParentId,
            SortOrder = document.SortOrder,
            ContentType = document.ContentType,
            CreateDate = document.CreateDate,
            UpdateDate = document.UpdateDate,
            Level = document.Level,
            RootKey = published?.RootKey ?? document.Id,
            Cultures = cultures,
        };
    }
}
