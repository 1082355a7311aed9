using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Delivery;

/// <summary>A node in the culture it is served in (the requested culture or one of its fallbacks).</summary>
public readonly record struct DeliveryItem(PublishedContent Content, PublishedCulture Culture);
