using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Api.Delivery;

/// <summary>A JSON answer and its ETag (a hash of the bytes, so an unchanged answer keeps its tag across publishes).</summary>
public sealed record CachedAnswer(byte[] Body, EntityTagHeaderValue ETag);
