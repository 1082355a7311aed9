using Hedershus.Core.Common;
using Hedershus.Web.Backoffice.Accounts;
using Hedershus.Web.Backoffice.Accounts.Components;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Users.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>
/// Puts the account and users pages inside the backoffice layout (same navigation as every section) once the user is
/// fully signed in, and shows a refusal by Core (<see cref="ForbiddenException"/>) as a readable page with 403
/// instead of an error page.
/// </summary>
public sealed class BackofficeFrameFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var shells = http.RequestServices.GetRequiredService<BackofficeShellFactory>();
        object? result;
        try
        {
            result = await next(context);
        }
        catch (ForbiddenException refusal)
        {
            var shell = await shells.CreateAsync(http, "");
            return BackofficePages.Render<ForbiddenPage>(shell, shell.T.Refusal(refusal.Message), StatusCodes.Status403Forbidden);
        }

        if (result is RazorComponentResult<AccountPage> account && account.Parameters[nameof(AccountPage.View)] is AccountView view
            && await shells.MayAsync(http, BackofficePolicies.Backoffice))
        {
            return AccountPages.Render(view with { Shell = await shells.CreateAsync(http, "account") });
        }

        if (result is RazorComponentResult<UsersPage> users && users.Parameters[nameof(UsersPage.View)] is Users.UserPageView usersView)
        {
            return new RazorComponentResult<UsersPage>(new Dictionary<string, object?> { [nameof(UsersPage.View)] = usersView with { Shell = await shells.CreateAsync(http, "users") } })
            {
                StatusCode = users.StatusCode,
                ContentType = users.ContentType,
            };
        }

        return result;
    }
}
