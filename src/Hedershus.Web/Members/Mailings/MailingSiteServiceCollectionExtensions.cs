namespace Hedershus.Web.Members.Mailings;

public static class MailingSiteServiceCollectionExtensions
{
    /// <summary>The pages of mailings on the site: the members' archive and the unsubscribe page.</summary>
    public static IServiceCollection AddMailingSite(this IServiceCollection services)
    {
        services.AddSingleton<MailingPageBuilder>();
        return services;
    }
}
