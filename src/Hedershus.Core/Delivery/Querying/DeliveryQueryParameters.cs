namespace Hedershus.Core.Delivery.Querying;

/// <summary>The query parameters of <c>GET /content</c>, as sent.</summary>
public sealed record DeliveryQueryParameters(
    string? Fetch,
    IReadOnlyList<string>? Filter,
    IReadOnlyList<string>? Sort,
    string? Skip,
    string? Take,
    string? Expand,
    string? Fields);
