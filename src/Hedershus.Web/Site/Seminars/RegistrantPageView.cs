using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>What was just done on the registrant page, if anything.</summary>
public enum RegistrantAction
{
    Cancelled,
    Accepted,
    Declined,

    /// <summary>An accept or decline arrived after the offer had lapsed.</summary>
    OfferGone,
}

/// <summary>A registrant's own registration as their page shows it, with the buttons that post the changes.</summary>
public sealed class RegistrantPageView
{
    public required SeminarText Text { get; init; }
    public required RegistrantView Registration { get; init; }

    /// <summary>Where the buttons post: "/seminarier/anmalan/{token}/".</summary>
    public required string ActionBase { get; init; }

    /// <summary>The seminar's page, while it is published.</summary>
    public string? SeminarUrl { get; init; }
    public RegistrantAction? Done { get; init; }
}
