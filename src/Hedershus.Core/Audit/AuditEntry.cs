namespace Hedershus.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who did what, when, to which node and culture. Holds the actor's
/// identity and nothing else personal, and never the content text.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }

    /// <summary>The backoffice user's id; null for automation and the system.</summary>
    public string? ActorUserId { get; set; }

    /// <summary>The user's sign-in name, "automation (Api-Key)" or "system".</summary>
    public string ActorName { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>, e.g. "content.published".</summary>
    public string Action { get; set; } = "";

    public Guid? NodeKey { get; set; }
    public string? Culture { get; set; }

    /// <summary>What else was acted on when it is not a content node: a media key, a user id, a review number.</summary>
    public string? Target { get; set; }

    /// <summary>A short, non-personal note such as "revision 7" or "version 12".</summary>
    public string? Detail { get; set; }
}
