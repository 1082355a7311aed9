using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;
using Hedershus.Core.Content.Events;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Data;
using Hedershus.Core.Identity.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Content.Editing;

/// <summary>Publishing and unpublishing per culture, now or on a schedule.</summary>
public sealed class PublishingService(
    HedershusDbContext db,
    DocumentTypeRegistry types,
    PropertyValueValidator values,
    CultureCatalog cultures,
    ContentTransaction transaction,
    RedirectRecorder redirects,
    RouteConflictGuard routes,
    ContentPermissions permissions,
    TimeProvider clock)
{
    public async Task<ContentDocument> PublishAsync(Guid key, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (type, targets) = Targets(node, requested);
        await permissions.EnsureAsync(ContentAction.Publish, node, targets, cancellationToken);
        var data = node.Data();
        CheckPublishable(type, data, targets);
        var parent = node.ParentId is { } parentId ? await db.ContentNodes.Include(n => n.Cultures).FirstAsync(n => n.Id == parentId, cancellationToken) : null;
        foreach (var culture in targets)
        {
            CheckParentPublished(parent, culture);
        }

        await transaction.ExecuteAsync(async () =>
        {
            var before = await redirects.RoutesAsync(node, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var culture in targets)
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

            PublishSharedValues(node, data, targets);
            await db.SaveChangesAsync(cancellationToken);
            await routes.EnsureUniqueAsync(node, cancellationToken);
            await redirects.RecordAsync(before, await redirects.RoutesAsync(node, cancellationToken), cancellationToken);
        }, cancellationToken);

        return node.ToDocument(parent?.Key);
    }

    public async Task<ContentDocument> UnpublishAsync(Guid key, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (_, targets) = Targets(node, requested);
        await permissions.EnsureAsync(ContentAction.Publish, node, targets, cancellationToken);
        await transaction.ExecuteAsync(() =>
        {
            foreach (var state in node.Cultures.Where(s => targets.Contains(s.Culture, StringComparer.OrdinalIgnoreCase)))
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

    /// <summary>Sets (or with nulls clears) when a culture publishes and unpublishes by itself.</summary>
    public async Task<ContentDocument> ScheduleAsync(Guid key, string? culture, DateTime? publishAt, DateTime? unpublishAt, CancellationToken cancellationToken)
    {
        var node = await db.GetNodeAsync(key, cancellationToken);
        var (_, targets) = Targets(node, culture is null ? null : [culture]);
        await permissions.EnsureAsync(ContentAction.Schedule, node, targets, cancellationToken);
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
        var target = targets.Single();
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

    internal static void ClearPublished(ContentCultureState state)
    {
        state.PublishedData = null;
        state.PublishedName = null;
        state.PublishedSegment = null;
        state.PublishedVersionId = null;
        state.PublishedAt = null;
    }

    private (DocumentType Type, List<string> Cultures) Targets(ContentNode node, IReadOnlyList<string>? requested)
    {
        if (node.Trashed)
        {
            throw new ConflictException("The node is in the recycle bin; restore it first.");
        }

        var type = types.Find(node.ContentType) ?? throw new ConflictException($"The document type '{node.ContentType}' no longer exists.");
        if (!type.VariesByCulture)
        {
            return (type, [cultures.Default]);
        }

        if (requested is null || requested.Count == 0)
        {
            throw new InputValidationException("cultures", "Name the cultures, e.g. [\"sv\", \"en\"].");
        }

        var targets = new List<string>();
        foreach (var culture in requested)
        {
            targets.Add(cultures.Normalize(culture) ?? throw new InputValidationException("cultures", $"'{culture}' is not a culture of this site."));
        }

        return (type, targets.Distinct().ToList());
    }

    private void CheckPublishable(DocumentType type, ContentData data, List<string> targets)
    {
        var errors = new ValidationErrors();
        foreach (var culture in targets)
        {
            if (!data.Cultures.TryGetValue(culture, out var cultureData))
            {
                errors.Add($"cultures.{culture}", "There is no draft in this culture to publish.");
                continue;
            }

            foreach (var property in type.Properties.Where(p => p.Mandatory))
            {
                var (source, field) = property.VariesByCulture && type.VariesByCulture
                    ? (cultureData.Properties, $"cultures.{culture}.properties.{property.Alias}")
                    : (data.Properties, $"properties.{property.Alias}");
                if (!source.TryGetValue(property.Alias, out var value) || values.IsEmpty(property, value))
                {
                    errors.Add(field, $"'{property.Alias}' is mandatory.");
                }
            }
        }

        errors.ThrowIfAny();
    }

    private void CheckParentPublished(ContentNode? parent, string culture)
    {
        if (parent is null)
        {
            return;
        }

        var parentVaries = types.Find(parent.ContentType)?.VariesByCulture ?? true;
        var parentCulture = parentVaries ? culture : cultures.Default;
        if (!parent.Cultures.Any(c => c.IsPublished && string.Equals(c.Culture, parentCulture, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException($"The parent is not published in '{culture}'; publish it first.");
        }
    }

    /// <summary>
    /// Values that do not vary by culture are shared: publishing any culture publishes them for every published
    /// culture of the node, as in Umbraco, so no language keeps showing an old shared value.
    /// </summary>
    private void PublishSharedValues(ContentNode node, ContentData data, List<string> targets)
    {
        foreach (var state in node.Cultures.Where(s => s.IsPublished && !targets.Contains(s.Culture, StringComparer.OrdinalIgnoreCase)))
        {
            var published = ContentData.Parse(state.PublishedData!);
            var shared = published with { Properties = data.Properties };
            var serialized = shared.Serialize();
            if (serialized != state.PublishedData)
            {
                state.PublishedData = serialized;
                transaction.Record(node.Key, ChangeKind.Published, state.Culture);
            }
        }
    }
}
