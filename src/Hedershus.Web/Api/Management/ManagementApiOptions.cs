namespace Hedershus.Web.Api.Management;

/// <summary>The "ManagementApi" section.</summary>
public sealed class ManagementApiOptions
{
    public const string Section = "ManagementApi";

    /// <summary>Key for automation, sent as header <c>Api-Key</c>. Empty: only signed-in backoffice users.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest request body the management API accepts (media uploads have their own limit).</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;
}
