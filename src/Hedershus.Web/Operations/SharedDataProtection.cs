using Hedershus.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Hedershus.Web.Operations;

/// <summary>
/// One Data Protection key ring for every node on the database. Backoffice cookies, anti-forgery tokens, registration
/// form stamps and password-reset links are protected with these keys; kept per machine (the default), a page
/// rendered by one node could not be posted to another behind a load balancer. The fixed application name keeps the
/// nodes' protectors identical whatever folder each is installed in.
/// </summary>
public static class SharedDataProtection
{
    public const string ApplicationName = "Hedershus";

    public static IServiceCollection AddHedershusDataProtection(this IServiceCollection services)
    {
        // The keys are stored unencrypted (no certificate is configured): whoever reads the database or its backups can
        // forge these tokens, so treat both as secrets. README, "Several instances".
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<HedershusDbContext>();
        return services;
    }
}
