using System.Text.Json.Nodes;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// What the Delivery API knows and <see cref="PropertyValueConverter"/> does not: which picked items are published in
/// the culture being served and how they look. One resolver serves one property of one item; it knows whether that
/// property is expanded (<c>expand=properties[…]</c>) and so whether to answer a full or a shallow item.
/// </summary>
public interface IPickerResolver
{
    /// <summary>A picked document as a Delivery API item, or null when it is not published (the picker then outputs null).</summary>
    JsonNode? Content(Guid key);

    /// <summary>A picked media item as a Delivery API media item, or null when it does not exist (it is left out).</summary>
    JsonNode? Media(Guid key);

    /// <summary>The target of a content link, or null when it is not published (the link is left out).</summary>
    ContentLinkTarget? ContentLink(Guid key);

    /// <summary>
    /// The resolver for a property inside a block of this property, for nested expansion such as
    /// <c>expand=properties[blocks[properties[picker]]]</c>. By default the same scope applies.
    /// </summary>
    IPickerResolver ForBlockProperty(string propertyAlias) => this;
}
