using Hedershus.Core.Common;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Publishing and unpublishing per culture, now. Schedules are <see cref="ContentScheduleService"/>.</summary>
public sealed class PublishingService(
    HedershusDbContext db,
    PublishTargets targets,
    ContentTransaction transaction,
    RedirectRecorder redirects,
    RouteConflictGuard routes,
    ContentPermissions permissions,
    TimeProvider clock)
{
    public async Task<ContentDocument> PublishAsync(Guid key, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (type, cultures) = targets.Resolve(node, requested);
        await permissions.EnsureAsync(ContentAction.Publish, node, cultures, cancellationToken);
        var data = node.Data();
        targets.CheckPublishable(type, data, cultures);
        var parent = node.ParentId is { } parentId ? await db.ContentNodes.Include(n => n.Cultures).FirstAsync(n => n.Id == parentId, cancellationToken) : null;
        foreach (var culture in cultures)
        {
            targets.CheckParentPublished(parent, culture);
        }

        await transaction.ExecuteAsync(async () =>
        {
            var before = await redirects.RoutesAsync(node, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var culture in cultures)
            {
                var state = node.CultureState(culture);
                var publishedBefore = state.PublishedData is { } previous ? ContentData.Parse(previous) : null;
                state.PublishedVersionId = node.CurrentVersionId;
                state.PublishedName = data.Cultures[culture].Name;
                state.PublishedSegment = data.Cultures[culture].Segment;
                state.PublishedData = data.ForCulture(culture).Serialize();
                state.PublishedAt = now;
                state.PublishAt = null;
                transaction.Record(node.Key, ChangeKind.Published, culture);
                transaction.Raise(new ContentEvent(ContentEventKind.Published, node.Id, node.Key, culture)
                {
                    PublishedBefore = publishedBefore,
                    PublishedAfter = data.ForCulture(culture),
                });
            }

            PublishSharedValues(node, data, cultures);
            await db.SaveChangesAsync(cancellationToken);
            await routes.EnsureUniqueAsync(node, cancellationToken);
            await redirects.RecordAsync(before, await redirects.RoutesAsync(node, cancellationToken), cancellationToken);
        }, cancellationToken);

        return node.ToDocument(parent?.Key);
    }

    public async Task<ContentDocument> UnpublishAsync(Guid key, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (_, cultures) = targets.Resolve(node, requested);
        await permissions.EnsureAsync(ContentAction.Publish, node, cultures, cancellationToken);
        await transaction.ExecuteAsync(() =>
        {
            foreach (var state in node.Cultures.Where(s => cultures.Contains(s.Culture, StringComparer.OrdinalIgnoreCase)))
            {
                state.UnpublishAt = null;
                if (state.IsPublished)
                {
                    ClearPublished(state);
                    transaction.Record(node.Key, ChangeKind.Unpublished, state.Culture);
                    transaction.Raise(new ContentEvent(ContentEventKind.Unpublished, node.Id, node.Key, state.Culture));
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);

        return await new ContentDocumentReader(db).ReadAsync(node, cancellationToken);
    }

    internal static void ClearPublished(ContentCultureState state)
    {
        state.PublishedData = null;
        state.PublishedName = null;
        state.PublishedSegment = null;
        state.PublishedVersionId = null;
        state.PublishedAt = null;
    }

    /// <summary>
    /// Values that do not vary by culture are shared: publishing any culture publishes them for every published
    /// culture of the node, as in Umbraco, so no language keeps showing an old shared value.
    /// </summary>
    private void PublishSharedValues(ContentNode node, ContentData data, List<string> published)
    {
        foreach (var state in node.Cultures.Where(s => s.IsPublished && !published.Contains(s.Culture, StringComparer.OrdinalIgnoreCase)))
        {
            var current = ContentData.Parse(state.PublishedData!);
            var shared = current with { Properties = data.Properties };
            var serialized = shared.Serialize();
            if (serialized != state.PublishedData)
            {
                state.PublishedData = serialized;
                transaction.Record(node.Key, ChangeKind.Published, state.Culture);
            }
        }
    }
}
