using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Identity;

/// <summary>
/// Creates the backoffice roles and, when no user exists, the first administrator from <c>Hedershus:Admin</c>.
/// Without a configured password a strong one is generated; the caller shows it once and the user must change it.
/// The e-mail and the password never go to the log.
/// </summary>
public sealed class FirstAdministratorSeeder(IServiceScopeFactory scopes, IOptions<HedershusOptions> options, ILogger<FirstAdministratorSeeder> logger)
{
    public async Task<FirstAdministratorResult> EnsureAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EnsureOnceAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node started at the same moment and wrote the same roles or user first: look again.
            return await EnsureOnceAsync(cancellationToken);
        }
    }

    private async Task<FirstAdministratorResult> EnsureOnceAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value.Admin;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();

        // One transaction: a failure leaves no user without its role, which would block the next attempt.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureRolesAsync(roles);
        if (await users.Users.AnyAsync(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return FirstAdministratorResult.AlreadyPresent(admin.Email, !string.IsNullOrEmpty(admin.Password));
        }

        var generated = string.IsNullOrEmpty(admin.Password) ? GeneratedPassword.Create() : null;
        var user = new HedershusUser
        {
            UserName = admin.Email,
            Email = admin.Email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            MustChangePassword = generated is not null,
        };
        Check(await users.CreateAsync(user, generated ?? admin.Password!));
        Check(await users.AddToRoleAsync(user, BackofficeRoles.Administrators));
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Created the first administrator with a {PasswordSource} password", generated is null ? "configured" : "generated");
        return FirstAdministratorResult.CreatedNow(admin.Email, generated);
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in BackofficeRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Error codes only: Identity's descriptions repeat the e-mail, which must not reach a log.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "The first administrator could not be created (" + string.Join(", ", result.Errors.Select(e => e.Code)) + "). " +
                "Check Hedershus:Admin:Email (a valid e-mail address) and Hedershus:Admin:Password (at least " +
                HedershusIdentityServiceCollectionExtensions.MinimumPasswordLength +
                " characters with upper- and lower-case letters, a digit and a symbol), or leave the password empty to have one generated.");
        }
    }
}
