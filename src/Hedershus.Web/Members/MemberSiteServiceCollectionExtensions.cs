namespace Hedershus.Web.Members;

public static class MemberSiteServiceCollectionExtensions
{
    /// <summary>
    /// Member sign-in (cookie and bearer token), the member pages, the gate in front of member-only content, and the
    /// network pages' join form and member directory.
    /// </summary>
    public static IServiceCollection AddMemberSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemberAuthentication(configuration);
        services.AddSingleton<MemberPageBuilder>();
        services.AddScoped<MemberSitePages>();
        services.AddScoped<MemberContentGate>();
        services.AddScoped<Site.Networks.NetworkPageBuilder>();
        services.AddScoped<Site.Networks.NetworkSitePages>();
        return services;
    }
}
