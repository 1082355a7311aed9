namespace Hedershus.Core.Identity;

/// <summary>
/// The person — or automation, or the system itself — on whose behalf a backoffice change is made: what permission
/// checks ask about and what the audit log records.
/// </summary>
/// <param name="UserId">The backoffice user's id; null for automation and the system.</param>
/// <param name="Name">What the audit log shows: the user's e-mail, "automation (Api-Key)" or "system".</param>
/// <param name="Roles">The user groups (<see cref="BackofficeRoles"/>).</param>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>Scheduled jobs and start-up tasks: may do everything, recorded as "system".</summary>
    public static Actor System { get; } = new(null, "system", new HashSet<string> { BackofficeRoles.Administrators });

    /// <summary>A request nobody signed in to: may do nothing in the backoffice.</summary>
    public static Actor Anonymous { get; } = new(null, "anonymous", new HashSet<string>());

    public bool IsInRole(string role) => Roles.Contains(role);
}
