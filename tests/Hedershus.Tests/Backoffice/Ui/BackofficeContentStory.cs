using System.Net;
using AngleSharp.Html.Dom;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>Content-section steps as an editor takes them through the pages (no JavaScript, no API).</summary>
public sealed class BackofficeContentStory(BackofficeSession session)
{
    public BackofficeSession Session => session;

    /// <summary>Creates a node through the create form and returns its key.</summary>
    public async Task<Guid> CreateAsync(string contentType, Guid? parent, string name, string culture = "sv")
    {
        var (response, page) = await session.PostAsync("/umbraco/content/create",
            ("parentId", parent?.ToString() ?? ""), ("culture", culture), ("contentType", contentType), ("name", name));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Create answered {(int)response.StatusCode}: {page.QuerySelector(".bo-notice")?.TextContent}");
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location["/umbraco/content/".Length..location.IndexOf('?', StringComparison.Ordinal)]);
    }

    /// <summary>A published home root with a unique name (roots share one level).</summary>
    public async Task<Guid> CreatePublishedHomeAsync()
    {
        var home = await CreateAsync("home", null, "Start " + Guid.NewGuid().ToString("N")[..8]);
        await SaveAsync(home, "sv", ("cultures.sv.properties.title", "Välkommen"));
        await PublishAsync(home, "sv");
        return home;
    }

    public async Task<IHtmlDocument> EditPageAsync(Guid id, string culture = "sv", string? source = null)
    {
        var (response, page) = await session.GetAsync($"/umbraco/content/{id}?culture={culture}" + (source is null ? "" : $"&source={source}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    /// <summary>Opens the node form, changes the fields and saves; returns the answer.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> TrySaveAsync(Guid id, string culture, params (string Name, string Value)[] changes) =>
        await session.SubmitAsync(await EditPageAsync(id, culture), "form.bo-form", changes);

    public async Task SaveAsync(Guid id, string culture, params (string Name, string Value)[] changes)
    {
        var (response, page) = await TrySaveAsync(id, culture, changes);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Save answered {(int)response.StatusCode}: {page.QuerySelector(".bo-error-summary, .bo-notice")?.TextContent}");
    }

    public async Task PublishAsync(Guid id, params string[] cultures)
    {
        var (response, page) = await session.PostAsync($"/umbraco/content/{id}/publish?culture={cultures[0]}", cultures.Select(c => new KeyValuePair<string, string>("cultures", c)));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Publish answered {(int)response.StatusCode}: {page.QuerySelector(".bo-notice")?.TextContent}");
    }

    /// <summary>A published guidance page below a new published home, with Swedish text.</summary>
    public async Task<(Guid Home, Guid Page)> CreatePublishedGuidanceAsync(string name, string summary)
    {
        var home = await CreatePublishedHomeAsync();
        var page = await CreateAsync("guidancePage", home, name);
        await SaveAsync(page, "sv", ("cultures.sv.properties.summary", summary), ("cultures.sv.properties.body", "<p>Brödtext.</p>"));
        await PublishAsync(page, "sv");
        return (home, page);
    }
}
