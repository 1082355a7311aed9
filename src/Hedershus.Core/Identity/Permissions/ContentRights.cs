namespace Hedershus.Core.Identity.Permissions;

/// <summary>
/// What the current actor may do on one node, so pages offer only the actions the server would allow. The server
/// still checks every action (<see cref="ContentPermissions.EnsureAsync"/>); this only keeps refusals out of sight.
/// </summary>
public sealed record ContentRights(UserAccess Access, string? NodePath)
{
    public static ContentRights Everything { get; } = new(UserAccess.Everything, null);

    /// <summary>Whether the action is allowed on this node in one culture.</summary>
    public bool May(ContentAction action, string culture) => Allows(action, [culture]);

    /// <summary>Whether the action is allowed on the whole node, values shared by every culture included.</summary>
    public bool MayOnWholeNode(ContentAction action) => Allows(action, null);

    private bool Allows(ContentAction action, IReadOnlyCollection<string>? cultures) =>
        Access.Allows(action, cultures) && Access.Reaches(NodePath, action == ContentAction.Browse);

    /// <summary>The cultures a culture-restricted user is given (empty when no grant is restricted by culture).</summary>
    public IReadOnlyCollection<string> OwnCultures => Access.Unrestricted || Access.Grants.All(g => !g.CulturesRestricted) ? [] : Access.Cultures;
}
