using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Who is calling the backoffice and its APIs: automation with the <c>Api-Key</c> header, or a signed-in user with the
/// backoffice cookie. There is no default scheme, so public pages never run authentication; only endpoints that
/// require a <see cref="BackofficePolicies"/> policy do.
/// </summary>
public static class BackofficeAuthentication
{
    /// <summary>Forwards to the Api-Key scheme when the header is present, otherwise to the cookie.</summary>
    public const string Scheme = "Backoffice";

    public const string ApiKeyScheme = "Backoffice.ApiKey";

    /// <summary>Identity's application cookie, so <see cref="SignInManager{TUser}"/> signs in with it.</summary>
    public static readonly string CookieScheme = IdentityConstants.ApplicationScheme;

    public const string CookieName = "hedershus.backoffice";

    /// <summary>The cookie is only ever sent to the backoffice, never to the public site (SAFETY.md S7).</summary>
    public const string CookiePath = "/umbraco";

    public const string SignInPath = "/umbraco/login";

    public static IServiceCollection AddBackofficeAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(Scheme, "Backoffice", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeys.HeaderName) ? ApiKeyScheme : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, displayName: null, _ => { })
            .AddCookie(CookieScheme, ConfigureCookie)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, options => ConfigureStepCookie(options, "hedershus.backoffice.2fa", TimeSpan.FromMinutes(5)))
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, options => ConfigureStepCookie(options, "hedershus.backoffice.2fa-device", TimeSpan.FromMinutes(5)));
        services.AddAuthorization(BackofficePolicies.Configure);
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentActor, HttpCurrentActor>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.Path = CookiePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = SignInPath;
        options.SlidingExpiration = true; // the idle timeout: ExpireTimeSpan is set from Backoffice:IdleTimeoutMinutes
        options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        options.Events.OnRedirectToLogin = context => BackofficeProblems.IsApiRequest(context.Request)
            ? BackofficeProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Not signed in.",
                $"Send the management API key in the '{ApiKeys.HeaderName}' header, or sign in to the backoffice.")
            : RedirectAsync(context);
        options.Events.OnRedirectToAccessDenied = context => BackofficeProblems.IsApiRequest(context.Request)
            ? BackofficeProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed.",
                PendingStep.Of(context.HttpContext.User) is null ? "Your user group may not do this." : "Finish signing in first.")
            : RedirectToPendingStepAsync(context);
    }

    /// <summary>A user with a step left (change the password, set up two-factor) is sent to it; others to sign-in.</summary>
    private static Task RedirectToPendingStepAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(PendingStep.PathOf(context.HttpContext.User) ?? context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Short-lived cookies of the sign-in steps (who passed the password, waiting for the code).</summary>
    private static void ConfigureStepCookie(CookieAuthenticationOptions options, string name, TimeSpan lifetime)
    {
        options.Cookie.Name = name;
        options.Cookie.Path = CookiePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.ExpireTimeSpan = lifetime;
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
