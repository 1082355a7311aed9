using Hedershus.Web.Api.Public.Seminars;

namespace Hedershus.Web.Site.Seminars;

public static class SeminarSiteServiceCollectionExtensions
{
    /// <summary>The public side of seminars: calendar, seminar pages with the registration form, registrant pages.</summary>
    public static IServiceCollection AddSeminarSite(this IServiceCollection services)
    {
        // One limiter for the API and the form, so a client cannot double its allowance by switching.
        services.AddSingleton<SeminarRateLimit>();
        services.AddAntiforgery();
        services.AddSingleton<SeminarSiteUrls>();
        services.AddSingleton<RegistrationFormStamp>();
        services.AddSingleton<RegistrantPageBuilder>();
        services.AddScoped<SeminarCalendarBuilder>();
        services.AddScoped<SeminarMemberLookup>();
        services.AddScoped<SeminarPageBuilder>();
        services.AddScoped<RegistrationFormHandler>();
        return services;
    }
}
