using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Jobs;

/// <summary>The dashboard filter on its own, for signed-in users (the backoffice sign-in that issues them comes later).</summary>
public sealed class JobsDashboardAuthorizationTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [InlineData(BackofficeRoles.Administrators, true)]
    [InlineData(BackofficeRoles.Editors, false)]
    [InlineData(null, false)]
    public void Signed_in_users_pass_only_as_administrators(string? role, bool allowed)
    {
        // A signed-in user always has a name; the dashboard's anti-forgery tokens (active once the public site
        // registers antiforgery through AddRazorComponents) are bound to it.
        Claim[] name = [new(ClaimTypes.Name, "someone@hedershus.local")];
        var claims = role is null ? name : [.. name, new Claim(ClaimTypes.Role, role)];
        var http = new DefaultHttpContext
        {
            RequestServices = host.Factory.Services,
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test")),
        };
        var context = new AspNetCoreDashboardContext(host.Factory.Services.GetRequiredService<JobStorage>(), new DashboardOptions(), http);

        Assert.Equal(allowed, new JobsDashboardAuthorizationFilter().Authorize(context));
    }

    [Fact]
    public void An_anonymous_request_with_the_management_key_passes()
    {
        var http = new DefaultHttpContext { RequestServices = host.Factory.Services };
        http.Request.Headers["Api-Key"] = HedershusFactory.ManagementApiKey;
        var context = new AspNetCoreDashboardContext(host.Factory.Services.GetRequiredService<JobStorage>(), new DashboardOptions(), http);

        Assert.True(new JobsDashboardAuthorizationFilter().Authorize(context));
    }
}
