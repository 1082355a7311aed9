namespace Hedershus.Core.Identity.Permissions;

/// <summary>What a backoffice user does to content (Umbraco's permission letters, grouped).</summary>
public enum ContentAction
{
    /// <summary>Read nodes, drafts, versions and the tree.</summary>
    Browse,

    /// <summary>Create a node below a parent.</summary>
    Create,

    /// <summary>Save a draft (a whole node, or only some cultures).</summary>
    Update,

    /// <summary>Trash, restore and delete for good.</summary>
    Delete,

    /// <summary>Publish and unpublish.</summary>
    Publish,

    /// <summary>Set or clear a scheduled publish or unpublish.</summary>
    Schedule,

    /// <summary>Move, sort and copy: changes where (and in which order) pages appear.</summary>
    Move,

    /// <summary>Make a new draft from an old version.</summary>
    Rollback,

    /// <summary>Ask an editor to review and publish.</summary>
    SendForReview,
}
