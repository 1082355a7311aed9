namespace Hedershus.Web.Operations.Health;

/// <summary>
/// Names of the checks /health reports. /health runs every registered check, so a feature adds its own with
/// <c>services.AddHealthChecks().AddCheck&lt;TCheck&gt;(name, timeout: HealthCheckNames.Timeout)</c> in its
/// <c>AddXxx</c> method, e.g. the published snapshot as <c>"snapshot"</c>.
/// </summary>
public static class HealthCheckNames
{
    public const string Database = "database";
    public const string Jobs = "jobs";
    public const string Snapshot = "snapshot";

    /// <summary>A check that has not answered by then counts as failed, so /health itself answers promptly.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);
}
