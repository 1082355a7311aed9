using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The "what needs attention" lists that are not kept by another feature.</summary>
    public static IServiceCollection AddHedershusDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.ReviewIntervalDays >= 1, "Dashboard:ReviewIntervalDays must be at least 1.")
            .Validate(o => o.PhoneVerificationDays >= 1, "Dashboard:PhoneVerificationDays must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<AttentionReports>();
        return services;
    }
}
