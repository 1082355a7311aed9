using Hedershus.Core.Data;
using Hedershus.Core.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Identity;

public static class HedershusIdentityServiceCollectionExtensions
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Backoffice users and roles stored in <see cref="HedershusDbContext"/>, and the first administrator.</summary>
    public static IServiceCollection AddHedershusIdentity(this IServiceCollection services)
    {
        services.AddOptions<BackofficeOptions>().BindConfiguration(BackofficeOptions.Section)
            .Validate(o => Uri.TryCreate(o.SiteUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", "Backoffice:SiteUrl must be an absolute http(s) address.")
            .Validate(o => o.IdleTimeoutMinutes > 0, "Backoffice:IdleTimeoutMinutes must be more than 0.")
            .Validate(o => o.SignInPermitsPerMinute > 0, "Backoffice:SignInPermitsPerMinute must be more than 0.")
            .Validate(o => o.PasswordLinkHours > 0, "Backoffice:PasswordLinkHours must be more than 0.")
            .ValidateOnStart();
        services.AddScoped<AccountMailer>();
        services.AddScoped<UserSettingsValidator>();
        services.AddScoped<BackofficeUserService>();
        services.AddScoped<PasswordResetService>();
        services.AddIdentityCore<HedershusUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HedershusDbContext>();
        services.AddSingleton<FirstAdministratorSeeder>();
        return services;
    }
}
