using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Audit;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Backoffice;

/// <summary>User management changes go to the same append-only audit log as content changes, naming the user by id only.</summary>
public abstract class UserAuditTests(SignInHost host)
{
    private async Task<List<AuditEntry>> RowsAsync(string userId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Target == $"user {userId}").OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task Creating_changing_groups_updating_disabling_and_enabling_a_user_are_audited()
    {
        using var api = new ManagementClient(host.Factory);
        var email = AccountUsers.NewEmail("audited");
        var created = await ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/users", new { email, groups = new[] { BackofficeRoles.Writers } }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        await ExpectAsync(await api.Http.PutAsJsonAsync($"{Base}/users/{id}", new { groups = new[] { BackofficeRoles.Editors, BackofficeRoles.Writers } }), HttpStatusCode.OK);
        await ExpectAsync(await api.Http.PutAsJsonAsync($"{Base}/users/{id}", new { displayName = "Same groups", groups = new[] { BackofficeRoles.Editors, BackofficeRoles.Writers } }), HttpStatusCode.OK);
        await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{id}/disable", null), HttpStatusCode.OK);
        await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{id}/enable", null), HttpStatusCode.OK);

        var rows = await RowsAsync(id);
        Assert.Equal([AuditActions.UserCreated, AuditActions.UserRolesChanged, AuditActions.UserUpdated, AuditActions.UserDisabled, AuditActions.UserEnabled],
            rows.Select(r => r.Action));
        Assert.Equal("Writers → Editors, Writers", rows[1].Detail);
        Assert.All(rows, r => Assert.DoesNotContain(email, (r.Detail ?? "") + r.Target, StringComparison.OrdinalIgnoreCase));
        Assert.All(rows, r => Assert.Equal("automation (Api-Key)", r.ActorName));
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_row()
    {
        using var api = new ManagementClient(host.Factory);
        var created = await ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/users", new { email = AccountUsers.NewEmail("refused"), groups = new[] { BackofficeRoles.Writers } }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        await ExpectProblemAsync(await api.Http.PutAsJsonAsync($"{Base}/users/{id}", new { groups = new[] { "Overlords" } }), HttpStatusCode.BadRequest);

        Assert.Equal([AuditActions.UserCreated], (await RowsAsync(id)).Select(r => r.Action));
    }

    [Fact]
    public async Task A_password_reset_through_the_mailed_link_is_audited()
    {
        using var api = new ManagementClient(host.Factory);
        var email = AccountUsers.NewEmail("reset");
        var created = await ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/users", new { email, groups = new[] { BackofficeRoles.Writers } }), HttpStatusCode.Created);
        var link = AccountUsers.LinkIn(Assert.Single(await AccountUsers.MailsToAsync(host.Factory, email)));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query);
        using var browser = new AccountBrowser(host.Factory);
        const string password = "Ett-Nytt-Lösen-34";

        await browser.SubmitAsync(link, "/umbraco/login/reset-password",
            ("user", query["user"].ToString()), ("token", query["token"].ToString()), ("newPassword", password), ("confirmPassword", password));

        var reset = Assert.Single(await RowsAsync(created["id"]!.GetValue<string>()), r => r.Action == AuditActions.UserPasswordReset);
        Assert.Equal("e-mail link", reset.Detail);
    }
}

public sealed class SqliteUserAuditTests(SqliteSignInHost host) : UserAuditTests(host), IClassFixture<SqliteSignInHost>;

public sealed class PostgresUserAuditTests(PostgresSignInHost host) : UserAuditTests(host), IClassFixture<PostgresSignInHost>;
