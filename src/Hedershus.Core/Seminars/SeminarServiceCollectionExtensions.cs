using Hedershus.Core.Content.Published;
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
            .Validate(o => Uri.TryCreate(o.SiteUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", "Seminars:SiteUrl must be an absolute http(s) address.")
            .Validate(o => o.RetentionDays >= 1, "Seminars:RetentionDays must be at least 1.")
            .Validate(o => o.ReminderDaysBefore >= 1, "Seminars:ReminderDaysBefore must be at least 1.")
            .Validate(o => o.MaxGroupSize is >= 1 and <= 100, "Seminars:MaxGroupSize must be between 1 and 100.")
            .Validate(o => o.MinFillSeconds is >= 0 and <= 600, "Seminars:MinFillSeconds must be between 0 (off) and 600.")
            .ValidateOnStart();
        services.AddSingleton<SeminarLock>();
        services.AddSingleton<RegistrationQueue>();
        services.AddSingleton<IContentChangeHandler, SeminarChangeHandler>();
        services.AddScoped<SeminarCatalog>();
        services.AddScoped<RegistrationMailer>();
        services.AddScoped<WaitingList>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<GroupRegistrationService>();
        services.AddScoped<RegistrationIntake>();
        services.AddScoped<RegistrantService>();
        services.AddScoped<RegistrationErasure>();
        services.AddScoped<SeminarChangesJob>();
        services.AddScoped<SeminarFollowUpJob>();
        services.AddScoped<SeminarRetentionJob>();
        services.AddScoped<Staff.SeminarStaffQueries>();
        services.AddScoped<Staff.SeminarStaffActions>();
        services.AddScoped<Staff.SeminarMessenger>();
        return services;
    }
}
