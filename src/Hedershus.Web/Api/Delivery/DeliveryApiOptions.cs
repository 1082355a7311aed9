namespace Hedershus.Web.Api.Delivery;

/// <summary>The "DeliveryApi" section.</summary>
public sealed class DeliveryApiOptions
{
    public const string Section = "DeliveryApi";

    /// <summary>Off: every Delivery API endpoint answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Off: every request needs the <c>Api-Key</c> header, not only preview requests.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>Key for preview (and for everything when <see cref="PublicAccess"/> is off), sent as header <c>Api-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long browsers and proxies may reuse a public answer (Cache-Control max-age).</summary>
    public int CacheMaxAgeSeconds { get; set; } = 10;

    /// <summary>Memory for answers cached per published snapshot; a publish starts afresh.</summary>
    public int OutputCacheMegabytes { get; set; } = 64;
}
