using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// One authorization policy per backoffice section, granted to user groups (roles). Finer rules — actions, cultures,
/// start nodes — are checked by the section's own services.
/// </summary>
public static class BackofficePolicies
{
    /// <summary>Any signed-in backoffice user (or automation).</summary>
    public const string Backoffice = "Backoffice";

    public const string Content = "Backoffice.Content";
    public const string Media = "Backoffice.Media";
    public const string Seminars = "Backoffice.Seminars";
    public const string Networks = "Backoffice.Networks";

    /// <summary>
    /// Signed in with the cookie, even with a sign-in step left (must change the password, must set up two-factor):
    /// only the pages of those steps and sign-out use it. Every other policy refuses a user with a step left.
    /// </summary>
    public const string Account = "Backoffice.Account";

    /// <summary>Users, jobs, index rebuilds: administrators only.</summary>
    public const string Administration = "Backoffice.Administration";

    /// <summary>The audit log (and the dashboard's recent activity): administrators and editors. Not a section of its own.</summary>
    public const string AuditLog = "Backoffice.AuditLog";

    public static IReadOnlyDictionary<string, string[]> RolesBySection { get; } = new Dictionary<string, string[]>
    {
        [Content] = [BackofficeRoles.Administrators, BackofficeRoles.Editors, BackofficeRoles.Writers, BackofficeRoles.Translators],
        [Media] = [BackofficeRoles.Administrators, BackofficeRoles.Editors, BackofficeRoles.Writers, BackofficeRoles.Translators],
        [Seminars] = [BackofficeRoles.Administrators, BackofficeRoles.SeminarManagers],
        [Networks] = [BackofficeRoles.Administrators, BackofficeRoles.NetworkCoordinators],
        [Administration] = [BackofficeRoles.Administrators],
    };

    private static bool NoStepLeft(AuthorizationHandlerContext context) => PendingStep.Of(context.User) is null;

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Account, policy => policy.AddAuthenticationSchemes(BackofficeAuthentication.CookieScheme).RequireAuthenticatedUser());
        options.AddPolicy(Backoffice, policy => policy.AddAuthenticationSchemes(BackofficeAuthentication.Scheme).RequireAuthenticatedUser()
            .RequireAssertion(NoStepLeft));
        options.AddPolicy(AuditLog, policy => policy.AddAuthenticationSchemes(BackofficeAuthentication.Scheme)
            .RequireRole(BackofficeRoles.Administrators, BackofficeRoles.Editors).RequireAssertion(NoStepLeft));
        foreach (var (name, roles) in RolesBySection)
        {
            options.AddPolicy(name, policy => policy.AddAuthenticationSchemes(BackofficeAuthentication.Scheme).RequireRole(roles)
                .RequireAssertion(NoStepLeft));
        }
    }
}
