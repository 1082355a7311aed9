using Hedershus.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Identity;

public static class HedershusIdentityServiceCollectionExtensions
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Backoffice users and roles stored in <see cref="HedershusDbContext"/>, and the first administrator.</summary>
    public static IServiceCollection AddHedershusIdentity(this IServiceCollection services)
    {
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
