namespace Hedershus.Core.Audit;

/// <summary>Filters of the audit log list; every one is optional. <see cref="From"/> is inclusive, <see cref="To"/> exclusive.</summary>
public sealed record AuditQuery
{
    public string? UserId { get; init; }
    public Guid? NodeKey { get; init; }
    public string? Action { get; init; }
    public string? Culture { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
}

/// <summary>An audit row as the management API shows it.</summary>
public sealed record AuditEntryView(
    long Id, DateTime OccurredAt, string? UserId, string ActorName, string Action, Guid? NodeKey, string? Culture, string? Target, string? Detail);

/// <summary>Someone who acted, as the log's user filter lists them.</summary>
public sealed record AuditActor(string UserId, string Name);
