namespace Hedershus.Core.Identity.Permissions;

/// <summary>
/// What one actor may do, read fresh from the database for each request (so a changed group, culture or start node
/// counts at once, not when the sign-in cookie is renewed).
/// </summary>
/// <param name="Unrestricted">Administrators, automation and the system: everything, everywhere.</param>
/// <param name="Grants">The content grants of the user's groups.</param>
/// <param name="Cultures">The cultures a culture-restricted grant covers.</param>
/// <param name="StartNodePaths">Paths of the nodes whose subtrees the user may work in; empty means the whole tree.</param>
public sealed record UserAccess(bool Unrestricted, IReadOnlyList<GroupPermissions> Grants, IReadOnlySet<string> Cultures, IReadOnlyList<string> StartNodePaths)
{
    public static UserAccess Everything { get; } = new(true, [], new HashSet<string>(), []);

    public static UserAccess Nothing { get; } = new(false, [], new HashSet<string>(), []);

    public bool MayWriteMedia => Unrestricted || Grants.Any(g => g.MediaWrite);

    /// <summary>Whether any grant allows the action on these cultures (null: the whole node, shared values included).</summary>
    public bool Allows(ContentAction action, IReadOnlyCollection<string>? cultures) =>
        Unrestricted || Grants.Any(grant => grant.Actions.Contains(action) &&
            (!grant.CulturesRestricted || action == ContentAction.Browse || (cultures is not null && cultures.All(Cultures.Contains))));

    /// <summary>
    /// Whether a node (by path; null for the root level) lies in one of the start nodes' subtrees. Browsing also
    /// reaches the start nodes' ancestors, so the tree can be walked down to them.
    /// </summary>
    public bool Reaches(string? nodePath, bool browsing)
    {
        if (Unrestricted || StartNodePaths.Count == 0)
        {
            return true;
        }

        if (nodePath is null)
        {
            return browsing;
        }

        return StartNodePaths.Any(start =>
            nodePath == start || nodePath.StartsWith(start + ",", StringComparison.Ordinal) ||
            (browsing && start.StartsWith(nodePath + ",", StringComparison.Ordinal)));
    }
}
