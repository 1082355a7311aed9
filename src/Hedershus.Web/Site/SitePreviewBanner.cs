namespace Hedershus.Web.Site;

/// <summary>The banner above a previewed draft: what it is and the way back to editing.</summary>
public sealed record SitePreviewBanner(string Text, string BackText, string BackHref);
