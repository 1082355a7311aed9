using System.Security.Claims;
using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>Identity's claims (id, e-mail, groups, security stamp) plus the <see cref="PendingStep"/> the user has left.</summary>
public sealed class BackofficeClaimsPrincipalFactory(
    UserManager<HedershusUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> identity,
    IOptions<BackofficeOptions> backoffice) : UserClaimsPrincipalFactory<HedershusUser, IdentityRole>(users, roles, identity)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HedershusUser user)
    {
        var claims = await base.GenerateClaimsAsync(user);
        var step = user.MustChangePassword ? PendingStep.ChangePassword
            : backoffice.Value.RequireTwoFactorForAdministrators && !user.TwoFactorEnabled && claims.HasClaim(ClaimTypes.Role, BackofficeRoles.Administrators)
                ? PendingStep.EnrolTwoFactor
                : null;
        if (step is not null)
        {
            claims.AddClaim(new Claim(BackofficeClaimTypes.PendingStep, step));
        }

        return claims;
    }
}
