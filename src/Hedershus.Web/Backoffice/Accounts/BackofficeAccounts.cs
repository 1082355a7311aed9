using Hedershus.Core.Identity;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>Composition of sign-in, account pages, users, the backoffice CSP and the sign-in rate limit.</summary>
public static class BackofficeAccounts
{
    public static IServiceCollection AddBackofficeAccounts(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(HedershusUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<BackofficeClaimsPrincipalFactory>();

        // A changed group, a disabled user or a new password reaches signed-in sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<BackofficeOptions>>((tokens, backoffice) =>
            tokens.TokenLifespan = TimeSpan.FromHours(backoffice.Value.PasswordLinkHours));
        services.AddOptions<CookieAuthenticationOptions>(BackofficeAuthentication.CookieScheme).Configure<IOptions<BackofficeOptions>>((cookie, backoffice) =>
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(backoffice.Value.IdleTimeoutMinutes));

        services.AddScoped<CspNonce>();
        services.AddAntiforgery();
        services.AddRateLimiter(SignInRateLimit.Configure);
        services.AddSingleton<DecoyPassword>();
        return services;
    }

    /// <summary>The backoffice CSP (before anything writes a response) and the rate limiter (after routing).</summary>
    public static WebApplication UseBackofficeSecurity(this WebApplication app)
    {
        app.UseMiddleware<BackofficeContentSecurityPolicy>();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapBackofficeAccounts(this IEndpointRouteBuilder app)
    {
        app.MapSignInEndpoints();
        app.MapTwoFactorSetupEndpoints();
        app.MapPasswordEndpoints();
        return app;
    }
}
