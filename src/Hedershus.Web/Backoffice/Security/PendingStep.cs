using System.Security.Claims;
using Hedershus.Core.Identity;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// A sign-in step a user must finish before anything else, carried as a claim in the sign-in cookie: choose a new
/// password (the first administrator's generated one), then set up two-factor sign-in (administrators).
/// </summary>
public static class PendingStep
{
    public const string ChangePassword = "change-password";
    public const string EnrolTwoFactor = "enrol-two-factor";

    public const string ChangePasswordPath = "/umbraco/login/change-password";
    public const string EnrolTwoFactorPath = "/umbraco/login/two-factor/setup";

    public static string? Of(ClaimsPrincipal user) => user.FindFirst(BackofficeClaimTypes.PendingStep)?.Value;

    public static string? PathOf(ClaimsPrincipal user) => Of(user) switch
    {
        ChangePassword => ChangePasswordPath,
        EnrolTwoFactor => EnrolTwoFactorPath,
        _ => null,
    };
}
