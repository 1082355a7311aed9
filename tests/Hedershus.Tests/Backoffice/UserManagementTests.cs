using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Backoffice;

/// <summary>Administrators manage users through the management API and the users pages; nobody else may.</summary>
public abstract class UserManagementTests(SignInHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task An_invited_user_gets_a_mail_chooses_a_password_through_it_and_signs_in()
    {
        using var api = new ManagementClient(Factory);
        var email = AccountUsers.NewEmail("invited");

        var created = await ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/users", new
        {
            email, displayName = "Ny Översättare", groups = new[] { BackofficeRoles.Translators }, cultures = new[] { "EN", "ar" },
        }), HttpStatusCode.Created);

        Assert.Equal(["ar", "en"], created["cultures"]!.AsArray().Select(c => c!.GetValue<string>()));
        var link = AccountUsers.LinkIn(Assert.Single(await AccountUsers.MailsToAsync(Factory, email)));
        using var browser = new AccountBrowser(Factory);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query);
        const string password = "Mitt-Eget-Lösen-12";
        await browser.SubmitAsync(link, "/umbraco/login/reset-password",
            ("user", query["user"].ToString()), ("token", query["token"].ToString()), ("newPassword", password), ("confirmPassword", password));
        Assert.Equal("/umbraco/account", (await browser.SignInAsync(email, password)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Groups_cultures_and_start_nodes_are_checked_and_each_bad_field_named()
    {
        using var api = new ManagementClient(Factory);

        var response = await api.Http.PostAsJsonAsync($"{Base}/users", new
        {
            email = "not-an-address", groups = new[] { "Overlords" }, cultures = new[] { "xx" }, startNodes = new[] { Guid.NewGuid() },
        });

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["cultures", "email", "groups", "startNodes"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_disabled_user_loses_every_right_at_the_next_request()
    {
        using var session = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Writers]);
        using var api = new ManagementClient(Factory);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync($"{Base}/documents/root/children")).StatusCode);

        await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{session.UserId}/disable", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Http.GetAsync($"{Base}/documents/root/children")).StatusCode);
        var user = await ExpectAsync(await api.Http.GetAsync($"{Base}/users/{session.UserId}"), HttpStatusCode.OK);
        Assert.True(user["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_an_enabled_one_can_again()
    {
        var email = AccountUsers.NewEmail("disabled");
        var id = await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors]);
        using var api = new ManagementClient(Factory);
        using var browser = new AccountBrowser(Factory);

        await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{id}/disable", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, AccountUsers.Password)).StatusCode);
        Assert.NotNull(browser.Alert);

        await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{id}/enable", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, AccountUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_reach_the_users_api_and_pages()
    {
        using var editor = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Editors]);
        using var admin = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Administrators]);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"{Base}/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Http.GetAsync("/umbraco/users")).StatusCode);
        var list = await admin.Http.GetFromJsonAsync<JsonArray>($"{Base}/users");
        Assert.Contains(list!, u => u!["id"]!.GetValue<string>() == editor.UserId);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/umbraco/users")).StatusCode);
    }

    [Fact]
    public async Task The_users_page_invites_through_its_form_and_refuses_a_post_without_token()
    {
        using var admin = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Administrators]);
        var email = AccountUsers.NewEmail("form");
        admin.Http.DefaultRequestHeaders.Remove(Hedershus.Web.Backoffice.Security.AntiforgeryCheck.HeaderName); // a plain form post
        var page = await admin.Http.GetStringAsync("/umbraco/users/new");
        (string, string)[] fields = [("email", email), ("groups", BackofficeRoles.Writers), ("displayName", "Skribent")];

        using var withoutToken = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.PostAsync("/umbraco/users", withoutToken)).StatusCode);
        using var withToken = new FormUrlEncodedContent(
            fields.Append(("__RequestVerificationToken", AccountBrowser.Token(page))).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        var invited = await admin.Http.PostAsync("/umbraco/users", withToken);

        Assert.True(invited.StatusCode == HttpStatusCode.Redirect, await invited.Content.ReadAsStringAsync());
        Assert.Single(await AccountUsers.MailsToAsync(Factory, email));
        Assert.Contains(email, await admin.Http.GetStringAsync("/umbraco/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_enabled_administrator_can_be_neither_disabled_nor_demoted()
    {
        using var api = new ManagementClient(Factory);
        var administrators = (await api.Http.GetFromJsonAsync<JsonArray>($"{Base}/users"))!
            .Where(u => u!["groups"]!.AsArray().Any(g => g!.GetValue<string>() == BackofficeRoles.Administrators) && !u["disabled"]!.GetValue<bool>())
            .Select(u => u!["id"]!.GetValue<string>()).ToList();
        foreach (var other in administrators.Skip(1))
        {
            await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{other}/disable", null), HttpStatusCode.OK);
        }

        var disable = await api.Http.PostAsync($"{Base}/users/{administrators[0]}/disable", null);
        var demote = await api.Http.PutAsJsonAsync($"{Base}/users/{administrators[0]}", new { groups = new[] { BackofficeRoles.Editors } });
        foreach (var other in administrators.Skip(1))
        {
            await ExpectAsync(await api.Http.PostAsync($"{Base}/users/{other}/enable", null), HttpStatusCode.OK);
        }

        await ExpectProblemAsync(disable, HttpStatusCode.Conflict);
        await ExpectProblemAsync(demote, HttpStatusCode.Conflict);
    }
}

public sealed class SqliteUserManagementTests(SqliteSignInHost host) : UserManagementTests(host), IClassFixture<SqliteSignInHost>;

public sealed class PostgresUserManagementTests(PostgresSignInHost host) : UserManagementTests(host), IClassFixture<PostgresSignInHost>;
