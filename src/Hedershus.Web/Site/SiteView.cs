using Hedershus.Core.Content.Published;
using Microsoft.AspNetCore.Components;

namespace Hedershus.Web.Site;

/// <summary>What a public page shows: the frame every page has, and one main part (content, help finder or a notice).</summary>
public sealed class SiteView
{
    public required SiteFrame Frame { get; init; }
    public required string Title { get; init; }

    /// <summary>The meta description: the page's summary, when it has one.</summary>
    public string? Description { get; init; }
    public required SitePageKind Kind { get; init; }
    public SiteContentView? Content { get; init; }
    public HelpFinderView? HelpFinder { get; init; }
    public Search.SearchResultsView? Search { get; init; }
    public MethodBank.MethodBankView? MethodBank { get; init; }
    public IReadOnlyList<SiteLinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The main part of a <see cref="SitePageKind.Feature"/> page (e.g. the seminar calendar), inside the frame.</summary>
    public RenderFragment? Body { get; init; }
    /// <summary>Set only when an editor previews a draft from the backoffice.</summary>
    public SitePreviewBanner? PreviewBanner { get; init; }
}

public enum SitePageKind
{
    Content,
    HelpFinder,
    Search,
    NotFound,
    MethodBank,

    /// <summary>A feature's own page in the frame; its main part is <see cref="SiteView.Body"/>.</summary>
    Feature,
}

/// <summary>The frame of every page in one culture: quick exit, crisis strip, entrances, languages, footer.</summary>
public sealed class SiteFrame
{
    public required string Culture { get; init; }
    public required string LanguageTag { get; init; }
    public required bool RightToLeft { get; init; }
    public required SiteText Text { get; init; }
    public required string NeutralUrl { get; init; }
    public required string HomeUrl { get; init; }
    public required string SearchAction { get; init; }
    public required string HelpFinderUrl { get; init; }
    public required string MethodBankUrl { get; init; }
    public required SiteLinker Linker { get; init; }
    public IReadOnlyList<CrisisNumberView> CrisisNumbers { get; init; } = [];
    public IReadOnlyList<SiteLinkView> Entrances { get; init; } = [];
    public IReadOnlyList<LanguageLinkView> Languages { get; init; } = [];
    public IReadOnlyList<FooterItemView> Footer { get; init; } = [];
}

/// <summary>A node read in the culture the visitor's chain found it in; <see cref="IsFallback"/> when that is not theirs.</summary>
public sealed class SiteContentView
{
    public required PublishedContent Node { get; init; }
    public required PublishedCulture Served { get; init; }
    public required SiteProperties Properties { get; init; }
    public required bool IsFallback { get; init; }
    public required string ServedLanguageTag { get; init; }
    public required string ServedLanguageName { get; init; }
    public IReadOnlyList<SiteLinkView> Children { get; init; } = [];
}

/// <summary>A link; <see cref="LanguageTag"/> is set when its title and summary are in another language than the page.</summary>
public sealed record SiteLinkView(string Title, string Href, bool External = false, string? Summary = null, string? LanguageTag = null);

public sealed record LanguageLinkView(string Code, string LanguageTag, string NativeName, string Href, bool Current);

/// <summary>A footer entry; <see cref="Href"/> is null while the page does not exist yet (shown as plain text).</summary>
public sealed record FooterItemView(string Title, string? Href);

public sealed record CrisisNumberView(string Label, string Number, string? Hours, DateOnly? VerifiedOn)
{
    /// <summary>The number as a tel: link target: digits only, a leading + kept.</summary>
    public string TelHref => "tel:" + new string(Number.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
}
