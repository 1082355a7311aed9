using Hedershus.Core.Data;
using Hedershus.Core.Identity;

namespace Hedershus.Core.Audit;

/// <summary>Stages audit rows with the current actor and time on the request's <see cref="HedershusDbContext"/>.</summary>
public sealed class AuditLog(HedershusDbContext db, ICurrentActor actors, TimeProvider clock) : IAuditLog
{
    public void Add(AuditRecord record)
    {
        var actor = actors.Current;
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorUserId = actor.UserId,
            ActorName = Truncate(actor.Name, AuditEntryConfiguration.NameLength)!,
            Action = record.Action,
            NodeKey = record.NodeKey,
            Culture = record.Culture,
            Target = Truncate(record.Target, AuditEntryConfiguration.TargetLength),
            Detail = Truncate(record.Detail, AuditEntryConfiguration.DetailLength),
        });
    }

    private static string? Truncate(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
