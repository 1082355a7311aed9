using Hedershus.Core.Common;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;

namespace Hedershus.Core.Content.Editing;

/// <summary>When a culture publishes and unpublishes by itself; <see cref="ScheduledPublishingJob"/> carries it out.</summary>
public sealed class ContentScheduleService(
    HedershusDbContext db,
    PublishTargets targets,
    ContentTransaction transaction,
    ContentPermissions permissions,
    TimeProvider clock)
{
    /// <summary>Sets (or with nulls clears) when a culture publishes and unpublishes by itself.</summary>
    public async Task<ContentDocument> ScheduleAsync(Guid key, string? culture, DateTime? publishAt, DateTime? unpublishAt, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (_, cultures) = targets.Resolve(node, culture is null ? null : [culture]);
        await permissions.EnsureAsync(ContentAction.Schedule, node, cultures, cancellationToken);
        publishAt = AsUtc(publishAt);
        unpublishAt = AsUtc(unpublishAt);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        if (publishAt is { } p && p <= now)
        {
            errors.Add("publishAt", "Choose a time in the future.");
        }

        if (unpublishAt is { } u && (u <= now || (publishAt is { } pp && u <= pp)))
        {
            errors.Add("unpublishAt", "Choose a time in the future, after the publish time.");
        }

        errors.ThrowIfAny();
        var target = cultures.Single();
        if (!node.Data().Cultures.ContainsKey(target))
        {
            throw new InputValidationException("culture", $"The node has no draft in '{target}'.");
        }

        await transaction.ExecuteAsync(() =>
        {
            var state = node.CultureState(target);
            state.PublishAt = publishAt;
            state.UnpublishAt = unpublishAt;
            transaction.Raise(new ContentEvent(ContentEventKind.Scheduled, node.Id, node.Key, target));
            return Task.CompletedTask;
        }, cancellationToken);
        return await new ContentDocumentReader(db).ReadAsync(node, cancellationToken);
    }

    /// <summary>A time without an offset is read as UTC, never as the server's local time.</summary>
    private static DateTime? AsUtc(DateTime? time) => time switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        { } t => t.ToUniversalTime(),
    };
}
