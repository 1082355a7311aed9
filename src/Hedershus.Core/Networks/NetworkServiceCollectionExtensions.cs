using Hedershus.Core.Members;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Networks;

public static class NetworkServiceCollectionExtensions
{
    /// <summary>Networks, memberships and member accounts. Needs mail and seminars (a member sees their registrations).</summary>
    public static IServiceCollection AddHedershusNetworks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemberOptions>().Bind(configuration.GetSection(MemberOptions.Section))
            .Validate(o => o.CodeMinutes is >= 1 and <= 60, "Members:CodeMinutes must be between 1 and 60.")
            .Validate(o => o.CodesPerAddressPerHour is >= 1 and <= 100, "Members:CodesPerAddressPerHour must be between 1 and 100.")
            .Validate(o => o.MaxCodeAttempts is >= 1 and <= 20, "Members:MaxCodeAttempts must be between 1 and 20.")
            .Validate(o => o.ConfirmationHours >= 1, "Members:ConfirmationHours must be at least 1.")
            .Validate(o => o.SessionMinutes >= 5, "Members:SessionMinutes must be at least 5.")
            .Validate(o => string.IsNullOrWhiteSpace(o.SiteUrl) || Uri.TryCreate(o.SiteUrl, UriKind.Absolute, out _), "Members:SiteUrl must be an absolute address.")
            .ValidateOnStart();
        services.AddSingleton<MemberLinks>();
        services.AddScoped<NetworkCatalog>();
        services.AddScoped<MembershipMailer>();
        services.AddScoped<MembershipService>();
        services.AddScoped<NetworkAccess>();
        services.AddScoped<MemberDirectory>();
        services.AddSingleton<MemberMedia>();
        services.AddScoped<CoordinatorService>();
        services.AddScoped<MemberSignInService>();
        services.AddScoped<MemberAccountService>();
        return services;
    }
}
