using Hedershus.Core.Content.Published;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Site;

/// <summary>Finds pages of the seed by what they are (document type, culture), so tests survive new seed content.</summary>
public static class SitePages
{
    public static readonly Guid HomeKey = Guid.Parse("5eed0000-0000-4000-8000-000000000001");

    public static readonly string[] ContentTypes =
        ["home", "landingPage", "guidancePage", "methodDescription", "helpService", "faq", "newsArticle"];

    public static PublishedSnapshot Snapshot(HedershusFactory factory) =>
        factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    /// <summary>The route of the first published node of a type in a culture.</summary>
    public static string Route(HedershusFactory factory, string contentType, string culture = "sv") =>
        Snapshot(factory).All.Where(c => c.ContentType == contentType && c.Cultures.TryGetValue(culture, out var v) && v.Route is not null)
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder).Select(c => c.Cultures[culture].Route!).First();

    /// <summary>The Swedish route of the first published node of a type that has no translation in <paramref name="missing"/>.</summary>
    public static string RouteMissingIn(HedershusFactory factory, string contentType, string missing) =>
        Snapshot(factory).All.Where(c => c.ContentType == contentType && !c.Cultures.ContainsKey(missing) && c.Cultures.TryGetValue("sv", out var v) && v.Route is not null)
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder).Select(c => c.Cultures["sv"].Route!).First();

    /// <summary>One route per document type the seed holds, in a culture.</summary>
    public static IEnumerable<string> OnePerType(HedershusFactory factory, string culture) =>
        ContentTypes.Select(t => Route(factory, t, culture));

    /// <summary>A route in the Swedish tree, asked for under another culture's prefix ("/ung/" → "/ar/ung/").</summary>
    public static string Under(string culture, string svRoute) => "/" + culture + svRoute;
}
