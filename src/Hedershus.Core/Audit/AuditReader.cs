using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Audit;

/// <summary>Reads the audit log, newest first. There is deliberately no way to change or remove a row.</summary>
public sealed class AuditReader(HedershusDbContext db)
{
    public async Task<PagedResult<AuditEntryView>> ListAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        if (query.From is { } from && query.To is { } to && to <= from)
        {
            throw new InputValidationException("to", "Choose an end after the start.");
        }

        var rows = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await rows.OrderByDescending(e => e.Id).Skip(skip).Take(take)
            .Select(e => new AuditEntryView(e.Id, e.OccurredAt, e.ActorUserId, e.ActorName, e.Action, e.NodeKey, e.Culture, e.Target, e.Detail))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryView>(total, page);
    }

    /// <summary>
    /// Who appears in the log, for its user filter: people by user id, then automation and the system by name.
    /// </summary>
    public async Task<IReadOnlyList<AuditActor>> ActorsAsync(CancellationToken cancellationToken)
    {
        var people = await db.AuditEntries.AsNoTracking().Where(e => e.ActorUserId != null)
            .GroupBy(e => e.ActorUserId!)
            .Select(g => new AuditActor(g.Key, g.Max(e => e.ActorName)!))
            .Take(1000)
            .ToListAsync(cancellationToken);
        var named = await db.AuditEntries.AsNoTracking().Where(e => e.ActorUserId == null)
            .Select(e => e.ActorName).Distinct().Take(100).ToListAsync(cancellationToken);
        return [.. people.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase), .. named.Order(StringComparer.Ordinal).Select(n => new AuditActor(null, n))];
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> rows, AuditQuery query)
    {
        if (!string.IsNullOrEmpty(query.UserId))
        {
            rows = rows.Where(e => e.ActorUserId == query.UserId);
        }

        if (!string.IsNullOrEmpty(query.ActorName))
        {
            rows = rows.Where(e => e.ActorUserId == null && e.ActorName == query.ActorName);
        }

        if (query.NodeKey is { } node)
        {
            rows = rows.Where(e => e.NodeKey == node);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            // "content" matches every content action; "content.published" only that one.
            var prefix = query.Action.Contains('.', StringComparison.Ordinal) ? query.Action : query.Action + ".";
            rows = query.Action.Contains('.', StringComparison.Ordinal) ? rows.Where(e => e.Action == prefix) : rows.Where(e => e.Action.StartsWith(prefix));
        }

        if (!string.IsNullOrEmpty(query.Culture))
        {
            rows = rows.Where(e => e.Culture == query.Culture);
        }

        if (query.From is { } from)
        {
            rows = rows.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(e => e.OccurredAt < to);
        }

        return rows;
    }
}
