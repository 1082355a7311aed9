using Hedershus.Core.Common;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Content.Import;

/// <summary>
/// Imports package nodes through the content services, so imported content obeys every rule editors meet.
/// Idempotent: a node whose key exists is left as it is (editors' changes win), its children are still visited.
/// </summary>
public sealed class ContentImporter(IServiceScopeFactory scopes, PublishedSnapshotService snapshots)
{
    public const string Author = "import";

    public async Task<ImportResult> ImportAsync(IEnumerable<PackageNode> roots, Guid? parentKey, CancellationToken cancellationToken)
    {
        var created = 0;
        var skipped = 0;
        var errors = new List<string>();
        var pending = new Stack<(PackageNode Node, Guid? Parent)>(roots.Reverse().Select(n => (n, parentKey)));
        while (pending.TryPop(out var item))
        {
            try
            {
                if (await ImportOneAsync(item.Node, item.Parent, cancellationToken))
                {
                    created++;
                }
                else
                {
                    skipped++;
                }

                foreach (var child in Enumerable.Reverse(item.Node.Children))
                {
                    pending.Push((child, item.Node.Key));
                }
            }
            catch (Exception e) when (e is InputValidationException or ConflictException or NotFoundException)
            {
                errors.Add($"{item.Node.Key} ({item.Node.ContentType}): {Describe(e)}");
            }
        }

        await snapshots.CatchUpFullyAsync(cancellationToken);
        return new ImportResult(created, skipped, errors);
    }

    private async Task<bool> ImportOneAsync(PackageNode node, Guid? parent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HedershusDbContext>();
        if (await db.ContentNodes.AnyAsync(n => n.Key == node.Key, cancellationToken))
        {
            return false;
        }

        var transaction = services.GetRequiredService<ContentTransaction>();
        transaction.WaitForVisibility = false;
        try
        {
            // Create and publish commit together: a failed publish leaves nothing half-imported behind.
            await transaction.ExecuteAsync(async () =>
            {
                var document = await services.GetRequiredService<ContentService>().CreateAsync(
                    new CreateContentRequest { Id = node.Key, ContentType = node.ContentType, ParentId = parent, Properties = node.Properties, Cultures = node.Cultures },
                    Author,
                    cancellationToken);
                var publish = node.Publish ?? document.Cultures.Keys.ToList();
                if (publish.Count > 0)
                {
                    await services.GetRequiredService<PublishingService>().PublishAsync(node.Key, publish, cancellationToken);
                }
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await ExistsAsync(services, node.Key, cancellationToken))
            {
                return false; // another node imported it at the same moment
            }

            throw;
        }

        return true;
    }

    private static async Task<bool> ExistsAsync(IServiceProvider services, Guid key, CancellationToken cancellationToken)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().ContentNodes.AnyAsync(n => n.Key == key, cancellationToken);
    }

    private static string Describe(Exception e) =>
        e is InputValidationException v ? string.Join("; ", v.Errors.Select(kv => $"{kv.Key}: {string.Join(" ", kv.Value)}")) : e.Message;
}
