using Hedershus.Core.Networks.Mailings;

namespace Hedershus.Web.Members.Mailings;

/// <summary>What the archive or the unsubscribe page shows.</summary>
public sealed class MailingPageView
{
    public required MailingPageText Text { get; init; }
    public required MemberRoutes Routes { get; init; }

    /// <summary>Set for the archive page.</summary>
    public ArchivedMailings? Archive { get; init; }

    /// <summary>Set for the unsubscribe page; null there means the link is unknown.</summary>
    public UnsubscribeTarget? Target { get; init; }

    /// <summary>Where the unsubscribe button posts (the page's own address).</summary>
    public string? Action { get; init; }
}
