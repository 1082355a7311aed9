namespace Hedershus.Core.Identity.Permissions;

/// <summary>
/// What each user group may do to content and media. A user in several groups may do what any of them may.
/// <see cref="CulturesRestricted"/>: the group's grant covers only the cultures given to the user (Translators).
/// </summary>
public sealed record GroupPermissions(IReadOnlySet<ContentAction> Actions, bool CulturesRestricted, bool MediaWrite)
{
    private static readonly ContentAction[] Everything = Enum.GetValues<ContentAction>();

    public static IReadOnlyDictionary<string, GroupPermissions> Defaults { get; } = new Dictionary<string, GroupPermissions>(StringComparer.Ordinal)
    {
        [BackofficeRoles.Administrators] = new(Everything.ToHashSet(), CulturesRestricted: false, MediaWrite: true),
        [BackofficeRoles.Editors] = new(Everything.ToHashSet(), CulturesRestricted: false, MediaWrite: true),
        [BackofficeRoles.Writers] = new(
            new HashSet<ContentAction> { ContentAction.Browse, ContentAction.Create, ContentAction.Update, ContentAction.Delete, ContentAction.Rollback, ContentAction.SendForReview },
            CulturesRestricted: false,
            MediaWrite: true),
        [BackofficeRoles.Translators] = new(
            new HashSet<ContentAction> { ContentAction.Browse, ContentAction.Update, ContentAction.SendForReview },
            CulturesRestricted: true,
            MediaWrite: false),
    };

    /// <summary>The groups' grants for a set of roles; groups without content rights grant nothing.</summary>
    public static IEnumerable<GroupPermissions> For(IEnumerable<string> roles) =>
        roles.Select(role => Defaults.GetValueOrDefault(role)).OfType<GroupPermissions>();
}
