namespace Hedershus.Core.Delivery.Querying;

/// <summary><c>contentType:alias1,alias2</c> and <c>contentType:!alias</c>.</summary>
public sealed class ContentTypeFilter(IReadOnlyCollection<string> aliases, bool negate) : DeliveryFilter
{
    private readonly HashSet<string> _aliases = new(aliases, StringComparer.OrdinalIgnoreCase);

    public override bool Matches(DeliveryItem item) => _aliases.Contains(item.Content.ContentType) != negate;
}
