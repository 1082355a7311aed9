using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Seminars;

public static class SeminarServiceCollectionExtensions
{
    /// <summary>Seminar listings and registrations. Needs <c>AddHedershusMail</c> for the e-mail they cause.</summary>
    public static IServiceCollection AddHedershusSeminars(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeminarOptions>().Bind(configuration.GetSection(SeminarOptions.Section))
            .Validate(o => o.RateLimitPerMinute >= 0, "Seminars:RateLimitPerMinute must be 0 (off) or more.")
            .ValidateOnStart();
        services.AddSingleton<SeminarLock>();
        services.AddScoped<SeminarCatalog>();
        services.AddScoped<RegistrationService>();
        return services;
    }
}
