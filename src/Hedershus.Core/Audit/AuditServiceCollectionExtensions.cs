using Hedershus.Core.Content.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The append-only audit log: <see cref="IAuditLog"/> for writers, <see cref="AuditReader"/> for the API.</summary>
    public static IServiceCollection AddHedershusAudit(this IServiceCollection services)
    {
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditReader>();
        services.AddScoped<IContentEventHandler, AuditContentEventHandler>();
        return services;
    }
}
