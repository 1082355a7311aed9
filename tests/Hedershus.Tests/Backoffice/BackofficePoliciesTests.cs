using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Backoffice;

/// <summary>Which user group reaches which backoffice section, and how the APIs answer callers who may not.</summary>
public sealed class BackofficePoliciesTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [InlineData(BackofficeRoles.Administrators, "Content Media Seminars Networks Administration")]
    [InlineData(BackofficeRoles.Editors, "Content Media")]
    [InlineData(BackofficeRoles.Writers, "Content Media")]
    [InlineData(BackofficeRoles.Translators, "Content Media")]
    [InlineData(BackofficeRoles.SeminarManagers, "Seminars")]
    [InlineData(BackofficeRoles.NetworkCoordinators, "Networks")]
    public async Task Each_group_reaches_exactly_its_sections(string role, string sections)
    {
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "someone@hedershus.local"), new Claim(ClaimTypes.Role, role)], authenticationType: "Test"));

        var reached = new List<string>();
        foreach (var policy in BackofficePolicies.RolesBySection.Keys)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                reached.Add(policy["Backoffice.".Length..]);
            }
        }

        Assert.Equal(sections.Split(' ').Order(), reached.Order());
    }

    [Fact]
    public async Task A_signed_in_user_without_a_group_reaches_no_section()
    {
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone@hedershus.local")], "Test"));

        Assert.True((await authorization.AuthorizeAsync(user, BackofficePolicies.Backoffice)).Succeeded);
        foreach (var policy in BackofficePolicies.RolesBySection.Keys)
        {
            Assert.False((await authorization.AuthorizeAsync(user, policy)).Succeeded, policy);
        }
    }

    [Theory]
    [InlineData("/umbraco/management/api/v1/documents/root/children")]
    [InlineData("/umbraco/management/api/v1/document-types")]
    public async Task An_api_call_without_a_key_answers_401_problem_details_not_a_redirect(string path)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ApiKeys.HeaderName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_page_sets_no_cookie_and_runs_no_authentication()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/om-oss");
        request.Headers.Add(ApiKeys.HeaderName, "wrong-key");

        var response = await client.SendAsync(request);

        // Not 401: a wrong key on a public path is never even looked at.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_signed_in_writer_reaches_content_but_not_seminars()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"), // the backoffice cookie is Secure
        });
        var signIn = await client.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest("writer@hedershus.local", [BackofficeRoles.Writers]));
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), cookie =>
            cookie.StartsWith(BackofficeAuthentication.CookieName + "=", StringComparison.Ordinal) &&
            cookie.Contains("path=/umbraco", StringComparison.OrdinalIgnoreCase) &&
            cookie.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase) &&
            cookie.Contains("httponly", StringComparison.OrdinalIgnoreCase) &&
            cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var content = await client.GetAsync("/umbraco/management/api/v1/documents/root/children");
        var seminars = await client.PostAsJsonAsync("/umbraco/management/api/v1/seminars/erasure", new { email = "x@example.org" });

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, seminars.StatusCode);
        Assert.Equal("application/problem+json", seminars.Content.Headers.ContentType?.MediaType);
    }
}
