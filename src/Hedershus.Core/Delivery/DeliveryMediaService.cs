using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Delivery.Output;
using Hedershus.Core.Media;
using Hedershus.Core.Networks;

namespace Hedershus.Core.Delivery;

/// <summary>
/// The media side of the Delivery API, over the request's media snapshot: each method answers one endpoint with
/// the JSON body (UTF-8 bytes), ready to cache and send. Media that only member pages use (<see cref="MemberMedia"/>)
/// exists only for callers whose member token names one of its networks: it is left out of lists and a 404 by id or path.
/// </summary>
public sealed class DeliveryMediaService(DeliveryMediaWriter writer, MemberMedia memberMedia)
{
    private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");

    /// <summary><c>GET /media?fetch=children:…</c>: <c>{ "total": n, "items": [...] }</c>; an unknown start item selects nothing, as in Umbraco.</summary>
    public byte[] Query(DeliveryContext context, string? fetch, IEnumerable<string>? filter, IEnumerable<string>? sort, int skip, int take)
    {
        var query = MediaQuery.Parse(fetch, filter, sort);
        CheckPaging(skip, take);
        var matches = query.Apply(StartChildren(context.Media, query.Start).Where(e => Visible(context, e)).Select(e => e.Item)).ToList();
        return DeliveryJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber(Total, matches.Count);
            json.WriteStartArray(Items);
            foreach (var item in matches.Skip(skip).Take(take))
            {
                writer.Write(json, context.Media.Find(item.Key)!, context.Cultures);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary><c>GET /media/item/{id}</c>; 404 when there is no such item.</summary>
    public byte[] ItemById(DeliveryContext context, Guid id) =>
        Item(context, context.Media.Find(id)) ?? throw new NotFoundException($"There is no media item with id {id}.");

    /// <summary><c>GET /media/item/{*path}</c> by names from the root, ignoring case; 404 when nothing is there.</summary>
    public byte[] ItemByPath(DeliveryContext context, string? path) =>
        Item(context, context.Media.FindByPath(path ?? "")) ?? throw new NotFoundException($"There is no media item at '/{path}'.");

    /// <summary><c>GET /media/items?id=…</c>: a plain array in the order asked; unknown ids are left out.</summary>
    public byte[] ItemsById(DeliveryContext context, IReadOnlyList<Guid> ids)
    {
        if (ids.Count > DeliveryContentService.MaxItemsPerRequest)
        {
            throw new InputValidationException("id", $"Ask for at most {DeliveryContentService.MaxItemsPerRequest} items at a time.");
        }

        return DeliveryJson.Write(json =>
        {
            json.WriteStartArray();
            foreach (var id in ids.Distinct())
            {
                if (context.Media.Find(id) is { } entry && Visible(context, entry))
                {
                    writer.Write(json, entry, context.Cultures);
                }
            }

            json.WriteEndArray();
        });
    }

    private byte[]? Item(DeliveryContext context, MediaEntry? entry) =>
        entry is null || !Visible(context, entry) ? null : DeliveryJson.Write(json => writer.Write(json, entry, context.Cultures));

    /// <summary>Preview (behind the API key) sees every item; others see member media only with a token of one of its networks.</summary>
    private bool Visible(DeliveryContext context, MediaEntry entry) =>
        context.Preview || context.IncludesMemberPages || memberMedia.NetworksOf(entry.Item.Key) is not { } networks || networks.Overlaps(context.MemberNetworks);

    /// <summary>What follows "children:": an id, a path of names, "/" for the root, or empty (which selects nothing).</summary>
    private static IReadOnlyList<MediaEntry> StartChildren(MediaSnapshot media, string start)
    {
        if (string.IsNullOrWhiteSpace(start))
        {
            return [];
        }

        if (start.Trim('/').Length == 0)
        {
            return media.Roots;
        }

        var parent = Guid.TryParse(start, out var key) ? media.Find(key) : media.FindByPath(start);
        return parent is null ? [] : media.Children(parent.Item.Key);
    }

    private static void CheckPaging(int skip, int take)
    {
        var errors = new ValidationErrors();
        if (skip < 0)
        {
            errors.Add("skip", "Give 0 or more.");
        }

        if (take < 0)
        {
            errors.Add("take", "Give 0 or more.");
        }

        errors.ThrowIfAny();
    }
}
