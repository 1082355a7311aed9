using Hedershus.Web.Backoffice.ContentSection;
using Hedershus.Web.Backoffice.Modules;
using Microsoft.AspNetCore.Antiforgery;

namespace Hedershus.Web.Backoffice.Shell;

public static class BackofficeUiServiceCollectionExtensions
{
    public const string AntiforgeryCookieName = "hedershus.antiforgery";

    /// <summary>The backoffice pages, the module host and the anti-forgery cookie (set only where a form is shown).</summary>
    public static IServiceCollection AddBackofficeUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackofficeUiOptions>().Bind(configuration.GetSection(BackofficeUiOptions.Section));
        services.AddRazorComponents();
        services.AddAntiforgery();
        services.Configure<AntiforgeryOptions>(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            // The public seminar form posts with it too; it is only ever set where a form is shown (S7).
            options.Cookie.Path = "/";
            // Secure on HTTPS, which the backoffice always is (its sign-in cookie is Secure-only); the token itself is no secret.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        services.AddSingleton<ModuleCatalog>();
        services.AddScoped<BackofficeShellFactory>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<ContentWorkflowReader>();
        services.AddScoped<MediaSection.MediaPageBuilder>();
        return services;
    }
}
