namespace Hedershus.Core.Audit;

/// <summary>What a feature asks <see cref="IAuditLog"/> to record; the log adds who and when.</summary>
public sealed record AuditRecord(string Action)
{
    public Guid? NodeKey { get; init; }
    public string? Culture { get; init; }
    public string? Target { get; init; }
    public string? Detail { get; init; }
}
