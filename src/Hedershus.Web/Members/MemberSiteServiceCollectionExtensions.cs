namespace Hedershus.Web.Members;

public static class MemberSiteServiceCollectionExtensions
{
    /// <summary>Member sign-in (cookie and bearer token), the member pages and the gate in front of member-only content.</summary>
    public static IServiceCollection AddMemberSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemberAuthentication(configuration);
        services.AddSingleton<MemberPageBuilder>();
        services.AddScoped<MemberSitePages>();
        services.AddScoped<MemberContentGate>();
        return services;
    }
}
