using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Networks;

/// <summary>Passwordless sign-in: codes and links are single-use and short-lived, and the answer never tells whether an account exists.</summary>
public abstract class MemberSignInTests(NetworkHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Asking_for_a_code_answers_the_same_for_an_address_with_an_account_and_one_without()
    {
        using var client = Factory.CreateClient();
        var known = OutboxStory.NewAddress();
        await NetworkStory.TokenAsync(host, client, known); // the first sign-in made the account

        var withAccount = await client.PostAsJsonAsync("/api/members/sign-in", new { email = known });
        var without = await client.PostAsJsonAsync("/api/members/sign-in", new { email = OutboxStory.NewAddress() });
        Assert.Equal(HttpStatusCode.Accepted, withAccount.StatusCode);
        Assert.Equal(withAccount.StatusCode, without.StatusCode);
        Assert.Equal(await withAccount.Content.ReadAsStringAsync(), await without.Content.ReadAsStringAsync());
        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in", new { email = "nej" }), HttpStatusCode.BadRequest, "email");
    }

    [Fact]
    public async Task A_code_works_once_and_a_wrong_code_is_a_problem_naming_the_code()
    {
        using var client = Factory.CreateClient();
        var email = OutboxStory.NewAddress();
        var (code, _) = await NetworkStory.RequestCodeAsync(host, client, email);
        var wrong = code == "000000" ? "111111" : "000000";
        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code = wrong }), HttpStatusCode.BadRequest, "code");

        var token = (await ManagementClient.ExpectAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code }), HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code }), HttpStatusCode.BadRequest, "code");

        var me = await ManagementClient.ExpectAsync(await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, "/api/members/me", token)), HttpStatusCode.OK);
        Assert.Equal(email, me["email"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/members/me")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_burn_the_code_so_even_the_right_one_then_fails()
    {
        using var client = Factory.CreateClient();
        var email = OutboxStory.NewAddress();
        var (code, _) = await NetworkStory.RequestCodeAsync(host, client, email);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code = wrong });
        }

        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code }), HttpStatusCode.BadRequest, "code");
    }

    [Fact]
    public async Task The_emailed_link_shows_a_button_on_get_signs_in_once_on_post_and_sets_the_member_cookie_only_then()
    {
        using var client = NetworkStory.SiteClient(Factory);
        var signInPage = await client.GetAsync("/medlem/logga-in");
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        Assert.False(signInPage.Headers.Contains("Set-Cookie"), "The sign-in page sets no cookie (S7).");
        Assert.Contains("quick-exit", await signInPage.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var email = OutboxStory.NewAddress();
        var (_, token) = await NetworkStory.RequestCodeAsync(host, client, email);
        var linkPage = await client.GetAsync("/medlem/logga-in/" + token);
        Assert.Equal(HttpStatusCode.OK, linkPage.StatusCode);
        Assert.False(linkPage.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/medlem/")).StatusCode);

        var signedIn = await client.PostAsync("/medlem/logga-in/" + token, null);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hedershus.member=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var account = await client.GetAsync("/medlem/");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = NetworkStory.SiteClient(Factory);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync("/medlem/logga-in/" + token, null)).StatusCode);
    }

    [Fact]
    public async Task A_code_and_a_link_stop_working_when_their_time_is_up()
    {
        using var client = NetworkStory.SiteClient(Factory);
        var email = OutboxStory.NewAddress();
        var (code, token) = await NetworkStory.RequestCodeAsync(host, client, email);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));

        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code }), HttpStatusCode.BadRequest, "code");
        await ManagementClient.ExpectProblemAsync(await client.PostAsJsonAsync("/api/members/sign-in/link", new { token }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/medlem/logga-in/" + token, null)).StatusCode);
    }
}

public sealed class SqliteMemberSignInTests(SqliteNetworkHost host) : MemberSignInTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresMemberSignInTests(PostgresNetworkHost host) : MemberSignInTests(host), IClassFixture<PostgresNetworkHost>;
