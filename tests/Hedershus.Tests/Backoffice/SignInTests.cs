using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Backoffice;

/// <summary>The sign-in pages over HTTP: generic failures, lockout, anti-forgery, must-change, two-factor, sign-out.</summary>
public abstract partial class SignInTests(SignInHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_sign_in_page_is_Swedish_by_default_English_on_request_and_has_a_nonce_policy_without_unsafe_inline()
    {
        using var browser = new AccountBrowser(Factory);

        var swedish = await browser.GetAsync("/umbraco/login");
        var swedishPage = browser.LastPage;
        await browser.GetAsync("/umbraco/login?lang=en");

        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Contains("<html lang=\"sv\">", swedishPage, StringComparison.Ordinal);
        Assert.Contains("Logga in", swedishPage, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", browser.LastPage, StringComparison.Ordinal);
        var policy = swedish.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var nonce = NonceInPolicy().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<style nonce=\"{nonce}\">", swedishPage, StringComparison.Ordinal);
        Assert.NotEqual(nonce, NonceInPolicy().Match((await browser.GetAsync("/umbraco/login")).Headers.GetValues("Content-Security-Policy").Single()).Groups["nonce"].Value);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_answers_400_and_signs_nobody_in()
    {
        var email = AccountUsers.NewEmail("noforgery");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors]);
        using var browser = new AccountBrowser(Factory);
        await browser.GetAsync("/umbraco/login");

        var response = await browser.PostAsync("/umbraco/login", ("email", email), ("password", AccountUsers.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(BackofficeAuthentication.CookieName + "=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_message()
    {
        var email = AccountUsers.NewEmail("generic");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors]);
        using var browser = new AccountBrowser(Factory);

        await browser.SignInAsync(email, "Wrong-Password-123!");
        var wrongPassword = browser.Alert;
        await browser.SignInAsync(AccountUsers.NewEmail("nobody"), "Wrong-Password-123!");

        Assert.NotNull(wrongPassword);
        Assert.Equal(wrongPassword, browser.Alert);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        var email = AccountUsers.NewEmail("lockout");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors]);
        using var browser = new AccountBrowser(Factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SignInAsync(email, $"Wrong-Password-{attempt}!");
        }

        var response = await browser.SignInAsync(email, AccountUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("15", browser.Alert, StringComparison.Ordinal);
        Assert.True((await AccountUsers.FindAsync(Factory, email)).LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task A_user_who_must_change_the_password_can_do_nothing_else_first()
    {
        var email = AccountUsers.NewEmail("mustchange");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors], mustChangePassword: true);
        using var browser = new AccountBrowser(Factory);

        var signIn = await browser.SignInAsync(email, AccountUsers.Password);
        var account = await browser.GetAsync("/umbraco/account");
        var api = await browser.Http.GetAsync("/umbraco/management/api/v1/documents/root/children");

        Assert.Equal(PendingStep.ChangePasswordPath + "?returnUrl=%2Fumbraco%2Faccount&lang=sv", signIn.Headers.Location?.OriginalString);
        Assert.Equal(PendingStep.ChangePasswordPath, account.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        const string newPassword = "Eget-Nytt-Lösen-77";
        var changed = await browser.SubmitAsync(PendingStep.ChangePasswordPath, PendingStep.ChangePasswordPath,
            ("currentPassword", AccountUsers.Password), ("newPassword", newPassword), ("confirmPassword", newPassword));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco/account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/umbraco/management/api/v1/documents/root/children")).StatusCode);
        Assert.False((await AccountUsers.FindAsync(Factory, email)).MustChangePassword);
    }

    [Fact]
    public async Task An_administrator_sets_up_two_factor_at_first_sign_in_and_then_needs_the_code()
    {
        var email = AccountUsers.NewEmail("admin");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Administrators]);
        using var browser = new AccountBrowser(Factory);

        var signIn = await browser.SignInAsync(email, AccountUsers.Password);
        Assert.Equal(PendingStep.EnrolTwoFactorPath + "?returnUrl=%2Fumbraco%2Faccount&lang=sv", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync("/umbraco/management/api/v1/users")).StatusCode);

        await browser.GetAsync(PendingStep.EnrolTwoFactorPath);
        var key = SharedKey().Match(browser.LastPage).Groups["key"].Value;
        Assert.Contains("otpauth://totp/Hedershus:", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", browser.LastPage, StringComparison.Ordinal);
        var enabled = await browser.PostAsync(PendingStep.EnrolTwoFactorPath, ("code", Totp.Code(key, DateTimeOffset.UtcNow)), ("__RequestVerificationToken", AccountBrowser.Token(browser.LastPage)));

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, RecoveryCode().Count(browser.LastPage));
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/umbraco/management/api/v1/users")).StatusCode);

        using var later = new AccountBrowser(Factory);
        var password = await later.SignInAsync(email, AccountUsers.Password);
        Assert.StartsWith("/umbraco/login/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await later.Http.GetAsync("/umbraco/management/api/v1/users")).StatusCode);

        var wrong = await later.SubmitAsync(password.Headers.Location!.OriginalString, "/umbraco/login/two-factor", ("code", "000000"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull(later.Alert);

        var right = await later.SubmitAsync(password.Headers.Location!.OriginalString, "/umbraco/login/two-factor",
            ("code", Totp.Code(key, DateTimeOffset.UtcNow)), ("returnUrl", "/umbraco/account"));
        Assert.Equal("/umbraco/account", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.Http.GetAsync("/umbraco/management/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = AccountUsers.NewEmail("recovery");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Editors]);
        string code;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.First();
        }

        foreach (var expected in new[] { true, false })
        {
            using var browser = new AccountBrowser(Factory);
            var password = await browser.SignInAsync(email, AccountUsers.Password);
            var answer = await browser.SubmitAsync(password.Headers.Location!.OriginalString, "/umbraco/login/two-factor", ("recoveryCode", code), ("returnUrl", "/umbraco/account"));
            Assert.Equal(expected, answer.StatusCode == HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var email = AccountUsers.NewEmail("signout");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Writers]);
        using var browser = new AccountBrowser(Factory);
        await browser.SignInAsync(email, AccountUsers.Password);

        var signOut = await browser.SubmitAsync("/umbraco/account", "/umbraco/logout");
        var after = await browser.GetAsync("/umbraco/account");

        Assert.StartsWith("/umbraco/login", signOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/umbraco/login", after.Headers.Location?.AbsolutePath ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_a_mailed_link_and_the_link_works_once()
    {
        var email = AccountUsers.NewEmail("forgot");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Writers]);
        var unknown = AccountUsers.NewEmail("unknown");
        using var browser = new AccountBrowser(Factory);

        await browser.SubmitAsync("/umbraco/login/forgot-password", "/umbraco/login/forgot-password", ("email", email));
        var knownAnswer = browser.LastPage.Replace(email, "", StringComparison.Ordinal);
        await browser.SubmitAsync("/umbraco/login/forgot-password", "/umbraco/login/forgot-password", ("email", unknown));

        Assert.Empty(await AccountUsers.MailsToAsync(Factory, unknown));
        var mail = Assert.Single(await AccountUsers.MailsToAsync(Factory, email));
        Assert.Equal(Normalize(knownAnswer), Normalize(browser.LastPage));
        var link = AccountUsers.LinkIn(mail);

        // Opening the link changes nothing (a mail scanner may follow it); only the form's post does.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).StatusCode);
        const string newPassword = "Helt-Nytt-Lösen-88";
        var reset = await browser.SubmitAsync(link, "/umbraco/login/reset-password",
            ("user", Query(link, "user")), ("token", Query(link, "token")), ("newPassword", newPassword), ("confirmPassword", newPassword));
        Assert.StartsWith("/umbraco/login?reset=1", reset.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var again = new AccountBrowser(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(email, newPassword)).StatusCode);
        await again.SubmitAsync(link, "/umbraco/login/reset-password",
            ("user", Query(link, "user")), ("token", Query(link, "token")), ("newPassword", "Tredje-Lösen-99!"), ("confirmPassword", "Tredje-Lösen-99!"));
        Assert.NotNull(again.Alert);
    }

    [Fact]
    public async Task A_cookie_session_must_send_the_anti_forgery_header_on_unsafe_api_calls()
    {
        using var session = await BackofficeSession.StartAsync(Factory, [BackofficeRoles.Editors]);
        session.Http.DefaultRequestHeaders.Remove(AntiforgeryCheck.HeaderName);
        var body = new { contentType = "testRoot", cultures = new { sv = new { name = "x" } } };

        var without = await session.Http.PostAsync("/umbraco/management/api/v1/documents", System.Net.Http.Json.JsonContent.Create(body));
        session.Http.DefaultRequestHeaders.Add(AntiforgeryCheck.HeaderName, "not-a-token");
        var wrong = await session.Http.PostAsync("/umbraco/management/api/v1/documents", System.Net.Http.Json.JsonContent.Create(body));

        await ManagementClient.ExpectProblemAsync(without, HttpStatusCode.BadRequest);
        await ManagementClient.ExpectProblemAsync(wrong, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_session_ends_after_the_idle_timeout()
    {
        var email = AccountUsers.NewEmail("idle");
        await AccountUsers.CreateAsync(Factory, email, [BackofficeRoles.Writers]);
        using var browser = new AccountBrowser(Factory);
        await browser.SignInAsync(email, AccountUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco/account")).StatusCode);

        Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/umbraco/account")).StatusCode);
    }

    private static string Query(string link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query)[name].ToString();

    /// <summary>The page without its per-request parts (token, nonce), to compare two answers.</summary>
    private static string Normalize(string html) => PerRequest().Replace(html, "");

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("id=\"shared-key\">(?<key>[^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"<li>[0-9A-Z]{5}-[0-9A-Z]{5}</li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("(nonce|value)=\"[^\"]*\"")]
    private static partial Regex PerRequest();
}

public sealed class SqliteSignInTests(SqliteSignInHost host) : SignInTests(host), IClassFixture<SqliteSignInHost>;

public sealed class PostgresSignInTests(PostgresSignInHost host) : SignInTests(host), IClassFixture<PostgresSignInHost>;
