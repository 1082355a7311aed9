using Hedershus.Core.Content.Published;
using Hedershus.Web.Site.MethodBank;
using Hedershus.Web.Site.Search;

namespace Hedershus.Web.Site;

/// <summary>Builds the view of each kind of public page.</summary>
public sealed class SiteViewBuilder(SiteCultures cultures, SiteFrameBuilder frames, HelpFinder helpFinder, MethodBankFinder methodBank)
{
    private const string SiteName = "Hedershus";

    public SiteView Content(PublishedSnapshot snapshot, string culture, PublishedContent node)
    {
        var served = cultures.Served(node, culture)!;
        var frame = frames.Build(snapshot, culture, c => cultures.Url(node, c) ?? cultures.Root(c));
        var properties = new SiteProperties(served.Properties);
        var title = node.ParentKey is null ? properties.Text("title") ?? served.Name : served.Name;
        return new SiteView
        {
            Frame = frame,
            Title = $"{title} – {SiteName}",
            Description = properties.Text("summary"),
            Kind = SitePageKind.Content,
            Breadcrumbs = snapshot.Ancestors(node).Reverse().Select(a => frame.Linker.ToView(a)).OfType<SiteLinkView>().ToList(),
            Content = new SiteContentView
            {
                Node = node,
                Served = served,
                Properties = properties,
                IsFallback = !string.Equals(served.Culture, culture, StringComparison.OrdinalIgnoreCase),
                ServedLanguageTag = cultures.LanguageTag(served.Culture),
                ServedLanguageName = cultures.All.FirstOrDefault(c => c.Code == served.Culture)?.NativeName ?? served.Culture,
                Children = frame.Linker.Children(node),
            },
        };
    }

    public SiteView HelpFinder(PublishedSnapshot snapshot, string culture, string? municipality, string? need)
    {
        var frame = frames.Build(snapshot, culture, frames.HelpFinderUrl);
        var view = helpFinder.Find(snapshot, culture, municipality, need);
        var title = view.Municipality is null ? frame.Text.FindHelp : $"{frame.Text.FindHelp}: {view.Municipality}";
        return new SiteView
        {
            Frame = frame,
            Title = $"{title} – {SiteName}",
            Description = frame.Text.FindHelpIntro,
            Kind = SitePageKind.HelpFinder,
            HelpFinder = view,
        };
    }

    public SiteView Search(PublishedSnapshot snapshot, string culture, SearchResultsView results)
    {
        var frame = frames.Build(snapshot, culture, frames.SearchUrl);
        return new SiteView
        {
            Frame = frame,
            Title = $"{frame.Text.SearchTitle} – {SiteName}",
            Description = frame.Text.SearchPrivacyNote,
            Kind = SitePageKind.Search,
            Search = results,
        };
    }

    public SiteView MethodBank(PublishedSnapshot snapshot, string culture, string? topic, string? profession)
    {
        var frame = frames.Build(snapshot, culture, frames.MethodBankUrl);
        return new SiteView
        {
            Frame = frame,
            Title = $"{frame.Text.MethodBank} – {SiteName}",
            Description = frame.Text.MethodBankIntro,
            Kind = SitePageKind.MethodBank,
            MethodBank = methodBank.Find(snapshot, culture, topic, profession),
        };
    }

    public SiteView NotFound(PublishedSnapshot snapshot, string culture)
    {
        var frame = frames.Build(snapshot, culture, cultures.Root);
        return new SiteView { Frame = frame, Title = $"{frame.Text.NotFoundTitle} – {SiteName}", Kind = SitePageKind.NotFound };
    }
}
