namespace Hedershus.Core.Audit;

/// <summary>Filters of the audit log list; every one is optional. <see cref="From"/> is inclusive, <see cref="To"/> exclusive.</summary>
public sealed record AuditQuery
{
    public string? UserId { get; init; }

    /// <summary>An actor without a user id, by the name the log shows ("system", "automation (Api-Key)").</summary>
    public string? ActorName { get; init; }
    public Guid? NodeKey { get; init; }
    public string? Action { get; init; }
    public string? Culture { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
}

/// <summary>An audit row as the management API shows it.</summary>
public sealed record AuditEntryView(
    long Id, DateTime OccurredAt, string? UserId, string ActorName, string Action, Guid? NodeKey, string? Culture, string? Target, string? Detail);

/// <summary>Someone who acted, as the log's user filter lists them: a user, or automation or the system (no user id).</summary>
public sealed record AuditActor(string? UserId, string Name)
{
    private const string NamedPrefix = "actor:";

    /// <summary>One value for a filter form: the user id, or the name of an actor without one.</summary>
    public string Key => UserId ?? NamedPrefix + Name;

    /// <summary>The query a <see cref="Key"/> stands for.</summary>
    public static AuditQuery Filter(AuditQuery query, string? key) =>
        string.IsNullOrWhiteSpace(key) ? query
        : key.StartsWith(NamedPrefix, StringComparison.Ordinal) ? query with { ActorName = key[NamedPrefix.Length..] }
        : query with { UserId = key };
}
