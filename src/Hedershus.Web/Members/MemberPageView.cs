using Hedershus.Core.Members;
using Hedershus.Core.Networks;

namespace Hedershus.Web.Members;

/// <summary>Which member page is shown.</summary>
public enum MemberPageMode
{
    SignIn,
    CodeSent,
    ConfirmSignInLink,
    SignInLinkGone,
    Account,
    Deleted,
    MembersOnly,
    ConfirmMembership,
    MembershipConfirmed,
    ConfirmationGone,
}

/// <summary>What a member page shows; the account parts are set only for <see cref="MemberPageMode.Account"/>.</summary>
public sealed class MemberPageView
{
    public required MemberText Text { get; init; }
    public required MemberPageMode Mode { get; init; }
    public required MemberRoutes Routes { get; init; }

    /// <summary>Where the page's main form posts (sign-in link, confirmation link).</summary>
    public string? Action { get; init; }
    public string? Email { get; init; }

    /// <summary>The site page to return to after signing in (<see cref="MemberReturnPath"/>).</summary>
    public string? Back { get; init; }
    public string? Error { get; init; }
    public string? Notice { get; init; }
    public string? NetworkName { get; init; }
    public bool Active { get; init; }
    public string? AntiforgeryToken { get; init; }
    public Member? Member { get; init; }
    public IReadOnlyList<MemberRegistration> Registrations { get; init; } = [];
    public IReadOnlyList<MemberNetworkView> Networks { get; init; } = [];
}

/// <summary>A membership on the account page, with the member pages the member may open.</summary>
public sealed record MemberNetworkView(MembershipView Membership, IReadOnlyList<(string Name, string Route)> Pages);
