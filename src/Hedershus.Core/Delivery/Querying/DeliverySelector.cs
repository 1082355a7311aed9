namespace Hedershus.Core.Delivery.Querying;

/// <summary>The <c>fetch</c> parameter: which nodes a query starts from.</summary>
public sealed record DeliverySelector(SelectorKind Kind, string? Target)
{
    /// <summary>No <c>fetch</c>: all content (below the start item when one is given).</summary>
    public static DeliverySelector All { get; } = new(SelectorKind.All, null);
}

public enum SelectorKind
{
    All,
    Ancestors,
    Children,
    Descendants,
}
