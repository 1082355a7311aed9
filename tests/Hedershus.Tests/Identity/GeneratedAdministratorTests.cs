using System.Text.RegularExpressions;
using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Identity;

public abstract partial class GeneratedAdministratorTests(GeneratedAdministratorHost host)
{
    [Fact]
    public async Task The_generated_password_is_shown_on_the_console_and_signs_in()
    {
        var password = ShownPassword();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();
        var admin = await users.FindByEmailAsync(GeneratedAdministratorHost.DefaultEmail);

        Assert.NotNull(admin);
        Assert.True(password.Length >= HedershusIdentityServiceCollectionExtensions.MinimumPasswordLength);
        Assert.True(await users.CheckPasswordAsync(admin, password));
        Assert.True(await users.IsInRoleAsync(admin, BackofficeRoles.Administrators));
    }

    [Fact]
    public async Task The_administrator_must_change_a_generated_password()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();

        Assert.True((await users.FindByEmailAsync(GeneratedAdministratorHost.DefaultEmail))!.MustChangePassword);
        Assert.Contains("you must change it", host.ConsoleText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_password_is_printed_once_and_never_logged()
    {
        var password = ShownPassword();

        Assert.Single(Regex.Matches(host.ConsoleText, Regex.Escape(password)));
        Assert.DoesNotContain(password, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(GeneratedAdministratorHost.DefaultEmail, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    private string ShownPassword() => PasswordLine().Match(host.ConsoleText) is { Success: true } match
        ? match.Groups["password"].Value
        : throw new Xunit.Sdk.XunitException("The banner shows no password:\n" + host.ConsoleText);

    [GeneratedRegex(@"Password:\s+(?<password>\S+)\r?\n")]
    private static partial Regex PasswordLine();
}

public sealed class SqliteGeneratedAdministratorTests(SqliteGeneratedAdministratorHost host)
    : GeneratedAdministratorTests(host), IClassFixture<SqliteGeneratedAdministratorHost>;

public sealed class PostgresGeneratedAdministratorTests(PostgresGeneratedAdministratorHost host)
    : GeneratedAdministratorTests(host), IClassFixture<PostgresGeneratedAdministratorHost>;
