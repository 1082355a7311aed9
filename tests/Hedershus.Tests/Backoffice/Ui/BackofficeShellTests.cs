using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The backoffice frame: who gets in, which sections each group sees, language, anti-forgery, no inline code.</summary>
public abstract partial class BackofficeShellTests(HostFixture host)
{
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/umbraco/content");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/umbraco/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sees_content_media_and_dictionary_in_swedish_by_default()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, page) = await session.GetAsync("/umbraco");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Innehåll", "Media", "Ordlista", "Granskning", "Händelselogg"], page.QuerySelectorAll(".bo-sections a").Select(a => a.TextContent).ToArray());
        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("form[action='/umbraco/logout']"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seminar_manager_sees_no_content_section_and_is_refused_it()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.SeminarManagers);

        var (_, page) = await session.GetAsync("/umbraco");
        var (content, _) = await session.GetAsync("/umbraco/content");

        Assert.Empty(page.QuerySelectorAll(".bo-sections a[href='/umbraco/content']"));
        Assert.Equal(HttpStatusCode.Redirect, content.StatusCode); // access denied goes to the sign-in page
    }

    [Fact]
    public async Task Choosing_english_switches_the_interface_and_the_lang_attribute()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (changed, _) = await session.PostAsync("/umbraco/language", ("language", "en"), ("returnUrl", "/umbraco/content"));
        var (_, page) = await session.GetAsync("/umbraco/content");

        BackofficeSession.AssertRedirect(changed, "/umbraco/content");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Content", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_language_form_never_redirects_outside_the_backoffice()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, _) = await session.PostAsync("/umbraco/language", ("language", "en"), ("returnUrl", "https://evil.example/"));

        BackofficeSession.AssertRedirect(response, "/umbraco");
        Assert.DoesNotContain("evil", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_the_anti_forgery_token_is_refused_with_400_and_changes_nothing()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, _) = await session.PostAsync("/umbraco/content/create", [new("contentType", "home"), new("name", "Utan token")], withToken: false);
        var (_, tree) = await session.GetAsync("/umbraco/content");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Utan token", tree.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (signedOut, _) = await session.PostAsync("/umbraco/logout");
        var (after, _) = await session.GetAsync("/umbraco");

        BackofficeSession.AssertRedirect(signedOut, "/umbraco/login");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData("/umbraco")]
    [InlineData("/umbraco/content")]
    [InlineData("/umbraco/content/recycle-bin")]
    [InlineData("/umbraco/content/redirects")]
    [InlineData("/umbraco/media")]
    [InlineData("/umbraco/dictionary")]
    public async Task Pages_carry_no_inline_script_or_style(string path)
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Administrators);

        var (response, _) = await session.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}

public sealed class SqliteBackofficeShellTests(SqliteHost host) : BackofficeShellTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresBackofficeShellTests(PostgresHost host) : BackofficeShellTests(host), IClassFixture<PostgresHost>;
