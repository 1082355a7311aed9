namespace Hedershus.Web.Api.Delivery;

/// <summary>A page of a Delivery API query: <c>{ "total": n, "items": [...] }</c>.</summary>
public sealed record DeliveryPage<T>(long Total, IReadOnlyList<T> Items);
