using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Delivery.Output;
using Hedershus.Core.Delivery.Querying;

namespace Hedershus.Core.Delivery;

/// <summary>
/// The content side of the Delivery API: each method answers one endpoint with the JSON body (UTF-8 bytes),
/// ready to cache and send.
/// </summary>
public sealed class DeliveryContentService(
    DeliveryContentWriter writer,
    DeliveryQueryParser parser,
    DeliveryQueryService queries,
    ContentPathResolver paths,
    RedirectLookup redirects,
    DeliveryContextFactory contexts)
{
    public const int MaxItemsPerRequest = DeliveryQuery.MaxTake;
    private const string PreviewPathPrefix = "preview-";

    private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");

    /// <summary><c>GET /content</c>: <c>{ "total": n, "items": [...] }</c>.</summary>
    public byte[] Query(DeliveryContext context, DeliveryQueryParameters parameters)
    {
        var query = parser.Parse(parameters.Fetch, parameters.Filter, parameters.Sort, parameters.Skip, parameters.Take);
        var selection = OutputSelection.Parse(parameters.Expand, parameters.Fields);
        var result = queries.Execute(context, query);
        return Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber(Total, result.Total);
            json.WriteStartArray(Items);
            foreach (var item in result.Items)
            {
                writer.WriteItem(json, context, item, selection);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary><c>GET /content/item/{id}</c>; 404 when the node is not visible in the request's cultures.</summary>
    public byte[] ItemById(DeliveryContext context, Guid id, OutputSelection selection) =>
        ItemOrNull(context, id, selection) ?? throw new NotFoundException($"There is no published content item with id {id} in '{context.Culture}'.");

    /// <summary><c>GET /content/item/{*path}</c>, or null when no node has the route (then ask <see cref="RedirectAsync"/>).</summary>
    public byte[]? ItemByPath(DeliveryContext context, string? path, OutputSelection selection)
    {
        if (context.Preview && PreviewKey(path) is { } key)
        {
            return ItemOrNull(context, key, selection);
        }

        if (paths.Resolve(context, path) is not { } match)
        {
            return null;
        }

        var served = match.Culture == context.Culture ? context : context.WithCultures(contexts.Chain(match.Culture));
        return served.Visible(match.Content) is { } item ? Write(json => writer.WriteItem(json, served, item, selection)) : null;
    }

    /// <summary>The new route of a path that moved, or null.</summary>
    public async Task<ContentRedirect?> RedirectAsync(DeliveryContext context, string? path, CancellationToken cancellationToken)
    {
        if (await redirects.FindAsync(context, path, cancellationToken) is not { } match)
        {
            return null;
        }

        var served = context.WithCultures(contexts.Chain(match.Culture));
        if (served.Visible(match.Content) is not { } item)
        {
            return null;
        }

        var root = context.Snapshot.Find(item.Content.RootKey) ?? item.Content;
        return new ContentRedirect(item.Culture.Route!, DeliveryContentWriter.RootSegment(root, item.Culture.Culture), root.Key);
    }

    /// <summary><c>GET /content/items?id=…</c>: a plain array in the order asked; unknown ids are left out.</summary>
    public byte[] ItemsById(DeliveryContext context, IReadOnlyList<Guid> ids, OutputSelection selection)
    {
        if (ids.Count > MaxItemsPerRequest)
        {
            throw new InputValidationException("id", $"Ask for at most {MaxItemsPerRequest} items at a time.");
        }

        return Write(json =>
        {
            json.WriteStartArray();
            foreach (var id in ids.Distinct())
            {
                if (context.Snapshot.Find(id) is { } content && context.Visible(content) is { } item)
                {
                    writer.WriteItem(json, context, item, selection);
                }
            }

            json.WriteEndArray();
        });
    }

    private byte[]? ItemOrNull(DeliveryContext context, Guid id, OutputSelection selection) =>
        context.Snapshot.Find(id) is { } content && context.Visible(content) is { } item
            ? Write(json => writer.WriteItem(json, context, item, selection))
            : null;

    /// <summary>The key in a preview path, "preview-{key}" (Umbraco's way to reach never-published items).</summary>
    private static Guid? PreviewKey(string? path)
    {
        var trimmed = path?.Trim('/') ?? "";
        return trimmed.StartsWith(PreviewPathPrefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(trimmed.AsSpan(PreviewPathPrefix.Length), out var key)
            ? key
            : null;
    }

    private static byte[] Write(Action<Utf8JsonWriter> write) => DeliveryJson.Write(write);
}
