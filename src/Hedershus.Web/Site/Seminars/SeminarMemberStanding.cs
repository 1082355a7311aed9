using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Core.Seminars;
using Hedershus.Web.Members;
using Microsoft.Extensions.Primitives;
using F = Hedershus.Web.Site.Seminars.RegistrationFormFields;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Who looks at a seminar for network members: signed in or not (the member cookie), and when they are an active member
/// of the seminar's network (any network when it names none), the form's values from their profile, with what they
/// gave when joining for what the profile leaves empty.
/// </summary>
public sealed record SeminarMemberStanding(bool SignedIn, RegistrationFormValues? Prefill)
{
    public static SeminarMemberStanding Anonymous { get; } = new(false, null);

    public bool Eligible => Prefill is not null;
}

/// <summary>Reads the member cookie only for seminars for network members, so other seminar pages never run authentication.</summary>
public sealed class SeminarMemberLookup(MemberAccountService accounts, MembershipService memberships)
{
    public const string NetworkMembers = "networkMembers";

    public async Task<SeminarMemberStanding> FindAsync(HttpContext http, Seminar seminar, CancellationToken cancellationToken)
    {
        if (seminar.Eligibility != NetworkMembers
            || await MemberAuthentication.CookieMemberAsync(http) is not { } key || await accounts.FindAsync(key, cancellationToken) is not { } member)
        {
            return SeminarMemberStanding.Anonymous;
        }

        var membership = (await memberships.ForEmailAsync(member.Email, cancellationToken))
            .FirstOrDefault(m => m.State == MembershipState.Active && (seminar.Network is null || m.NetworkId == seminar.Network));
        return new SeminarMemberStanding(true, membership is null ? null : Prefill(member, membership));
    }

    private static RegistrationFormValues Prefill(Member member, MembershipView membership) => new(new Dictionary<string, StringValues>
    {
        [F.Name] = member.Name ?? membership.Name,
        [F.Email] = member.Email,
        [F.Organisation] = member.Organisation ?? membership.Organisation ?? "",
        [F.OrganisationType] = member.OrganisationType ?? membership.OrganisationType ?? "",
        [F.Municipality] = member.Municipality ?? membership.Municipality ?? "",
        [F.Role] = member.Role ?? membership.Role ?? "",
    });
}
