namespace Hedershus.Web.Operations;

/// <summary>The "SecurityHeaders" section: the policies sent on every response.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>
    /// Sent unless the endpoint already set its own <c>Content-Security-Policy</c> (e.g. the backoffice with a
    /// per-request nonce), so a page can tighten or extend it for itself without loosening it for all.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'";

    public string PermissionsPolicy { get; set; } = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
}
