using Hangfire.Dashboard;
using Hedershus.Core.Identity;
using Hedershus.Web.Api.Management;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Jobs;

/// <summary>
/// The jobs dashboard is for administrators: a signed-in user in role Administrators, or automation with the
/// management <c>Api-Key</c>. Hangfire answers 401 (anonymous) or 403 (signed in, not an administrator) otherwise.
/// </summary>
public sealed class JobsDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(BackofficeRoles.Administrators))
        {
            return true;
        }

        var management = http.RequestServices.GetRequiredService<IOptions<ManagementApiOptions>>().Value;
        return ManagementApiKeyFilter.KeyMatches(http.Request.Headers[ManagementApiKeyFilter.HeaderName].ToString(), management.ApiKey);
    }
}
