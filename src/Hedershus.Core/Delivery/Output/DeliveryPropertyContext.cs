using System.Text.Json;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// What a property writer may need besides the value: the request, whether the property is expanded (and
/// what to expand and output inside it), and a way to write the content items a picker points to.
/// </summary>
public sealed class DeliveryPropertyContext
{
    private readonly DeliveryContentWriter _content;

    internal DeliveryPropertyContext(DeliveryContentWriter content, DeliveryContext delivery, PropertySelection? expand, PropertySelection fields)
    {
        _content = content;
        Delivery = delivery;
        Expand = expand;
        Fields = fields;
    }

    public DeliveryContext Delivery { get; }

    /// <summary>Null when the property is not expanded: pickers then give shallow items (<c>"properties": {}</c>).</summary>
    public PropertySelection? Expand { get; }

    public bool IsExpanded => Expand is not null;

    /// <summary>The properties to output of items inside an expanded property.</summary>
    public PropertySelection Fields { get; }

    /// <summary>A node the request may see, in its culture, or null when it is unpublished or unknown.</summary>
    public DeliveryItem? Find(Guid key) => Delivery.Snapshot.Find(key) is { } content ? Delivery.Visible(content) : null;

    /// <summary>Writes a picked content item (shallow, or expanded with its properties); false (nothing written) when not visible.</summary>
    public bool TryWriteContent(Utf8JsonWriter writer, Guid key)
    {
        if (Find(key) is not { } item)
        {
            return false;
        }

        _content.WriteLinkedItem(writer, Delivery, item, Expand, Fields);
        return true;
    }

    /// <summary>
    /// Writes the route of a visible node in its served culture, <c>{ "path", "startItem": { "id", "path" } }</c>, as
    /// links show it; false (nothing written) when the node is not visible.
    /// </summary>
    public bool TryWriteRoute(Utf8JsonWriter writer, Guid key)
    {
        if (Find(key) is not { } item)
        {
            return false;
        }

        DeliveryContentWriter.WriteRoute(writer, Delivery, item.Content, item.Culture, withQueryString: false);
        return true;
    }

    /// <summary>
    /// The context of a property nested in this one (a property of a block): expanded when this
    /// property's expansion names it, e.g. <c>expand=properties[blocks[properties[picker]]]</c>.
    /// </summary>
    public DeliveryPropertyContext ForNestedProperty(string alias) => For(_content, Delivery, alias, Expand, Fields);

    /// <summary>For converters that resolve content themselves.</summary>
    public PublishedSnapshot Snapshot => Delivery.Snapshot;

    /// <summary>The context of property <paramref name="alias"/> of an item output with these selections; null expand: not expanded.</summary>
    internal static DeliveryPropertyContext For(DeliveryContentWriter content, DeliveryContext delivery, string alias, PropertySelection? expand, PropertySelection fields)
    {
        var nestedExpand = expand is not null && expand.Includes(alias) ? expand.Nested(alias) ?? PropertySelection.None : null;
        return new DeliveryPropertyContext(content, delivery, nestedExpand, fields.Nested(alias) ?? PropertySelection.Everything);
    }
}
