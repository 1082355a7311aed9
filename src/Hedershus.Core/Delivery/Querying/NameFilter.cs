namespace Hedershus.Core.Delivery.Querying;

/// <summary><c>name:text</c>: the name, in the culture served, contains one of the texts (case-insensitive).</summary>
public sealed class NameFilter(IReadOnlyList<string> texts, bool negate) : DeliveryFilter
{
    public override bool Matches(DeliveryItem item)
    {
        foreach (var text in texts)
        {
            if (item.Culture.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return !negate;
            }
        }

        return negate;
    }
}
