using System.Text.Json.Nodes;
using Hedershus.Core.Content.DocumentTypes.PropertyValues;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// What the property converters ask of the Delivery API, answered for one property of one item: picked content as
/// <see cref="DeliveryPropertyContext.TryWriteContent"/> writes it (shallow, or expanded as the request says), media
/// from the request's media snapshot, and link targets with their routes in the served culture.
/// </summary>
internal sealed class DeliveryPickerResolver(DeliveryPropertyContext context, DeliveryMediaWriter media) : IPickerResolver
{
    public JsonNode? Content(Guid key) => DeliveryJson.Capture(json => context.TryWriteContent(json, key));

    public JsonNode? Media(Guid key) =>
        context.Delivery.Media.Find(key) is { } entry ? media.ToNode(entry, context.Delivery.Cultures) : null;

    public ContentLinkTarget? ContentLink(Guid key)
    {
        if (context.Find(key) is not { } item)
        {
            return null;
        }

        var route = DeliveryJson.Capture(json => context.TryWriteRoute(json, key))!;
        return new ContentLinkTarget(item.Content.ContentType, item.Culture.Name, route);
    }

    public IPickerResolver ForBlockProperty(string propertyAlias) =>
        new DeliveryPickerResolver(context.ForNestedProperty(propertyAlias), media);
}
