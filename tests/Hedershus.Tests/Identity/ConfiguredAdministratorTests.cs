using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Identity;

public abstract class ConfiguredAdministratorTests(ConfiguredAdministratorHost host)
{
    [Fact]
    public async Task The_configured_password_signs_the_administrator_in()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();
        var admin = await users.FindByEmailAsync(ConfiguredAdministratorHost.Email);

        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, ConfiguredAdministratorHost.Password));
        Assert.False(await users.CheckPasswordAsync(admin, "Wrong-Horse-Battery-42"));
        Assert.True(await users.IsInRoleAsync(admin, BackofficeRoles.Administrators));
        Assert.False(admin.MustChangePassword);
        Assert.True(admin.LockoutEnabled);
    }

    [Fact]
    public async Task Every_backoffice_role_exists()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        Assert.Equal(BackofficeRoles.All.Order(), (await roles.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task Starting_again_with_a_user_present_creates_nobody()
    {
        var result = await host.Factory.Services.GetRequiredService<FirstAdministratorSeeder>().EnsureAsync(CancellationToken.None);

        Assert.False(result.Created);
        Assert.Null(result.GeneratedPassword);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().Users.CountAsync());
        Assert.Equal(BackofficeRoles.All.Count, await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().Roles.CountAsync());
    }

    [Fact]
    public void The_banner_names_the_email_but_never_the_configured_password()
    {
        Assert.Contains("E-mail:         " + ConfiguredAdministratorHost.Email, host.ConsoleText, StringComparison.Ordinal);
        Assert.Contains("the password you configured", host.ConsoleText, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfiguredAdministratorHost.Password, host.ConsoleText, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_email_nor_password_reaches_the_log()
    {
        Assert.Contains(host.Logs.Entries, e => e.Category == typeof(FirstAdministratorSeeder).FullName);
        Assert.DoesNotContain(ConfiguredAdministratorHost.Email, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConfiguredAdministratorHost.Password, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_configured_password_stops_start_up_without_revealing_it()
    {
        const string weak = "kort-1A";
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(host.Provider));
        factory.Settings["Hedershus:Admin:Email"] = ConfiguredAdministratorHost.Email;
        factory.Settings["Hedershus:Admin:Password"] = weak;

        var error = Record.Exception(() => factory.Server);

        var failure = Assert.IsType<InvalidOperationException>(Innermost(error));
        Assert.Contains("Hedershus:Admin:Password", failure.Message, StringComparison.Ordinal);
        Assert.Contains("PasswordTooShort", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(weak, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfiguredAdministratorHost.Email, failure.Message, StringComparison.Ordinal);
    }

    private static Exception? Innermost(Exception? error)
    {
        while (error is AggregateException or System.Reflection.TargetInvocationException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}

public sealed class SqliteConfiguredAdministratorTests(SqliteConfiguredAdministratorHost host)
    : ConfiguredAdministratorTests(host), IClassFixture<SqliteConfiguredAdministratorHost>;

public sealed class PostgresConfiguredAdministratorTests(PostgresConfiguredAdministratorHost host)
    : ConfiguredAdministratorTests(host), IClassFixture<PostgresConfiguredAdministratorHost>;
