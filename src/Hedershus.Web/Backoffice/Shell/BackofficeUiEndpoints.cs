using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.ContentSection;
using Hedershus.Web.Backoffice.DashboardSection;
using Hedershus.Web.Backoffice.DictionarySection;
using Hedershus.Web.Backoffice.MediaSection;
using Hedershus.Web.Backoffice.Modules;
using Hedershus.Web.Backoffice.ReviewSection;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>The backoffice UI at /umbraco: server-rendered pages for signed-in users, every form anti-forgery checked.</summary>
public static class BackofficeUiEndpoints
{
    public static IEndpointRouteBuilder MapBackofficeUi(this IEndpointRouteBuilder app)
    {
        app.MapModuleFiles();
        var ui = app.MapGroup("/umbraco")
            .RequireAuthorization(BackofficePolicies.Backoffice)
            .AddEndpointFilter<BackofficeRequestFilter>()
            .AddEndpointFilter<BackofficeFrameFilter>()
            .ExcludeFromDescription();
        ui.MapDashboardPages();
        ui.MapPost("/language", ChangeLanguageAsync).WithName("BackofficeLanguage");
        ui.MapModuleSections();
        ui.MapContentPages();
        ui.MapMediaPages();
        ui.MapDictionaryPages();
        ui.MapReviewPages();
        return app;
    }

    private static async Task<RedirectHttpResult> ChangeLanguageAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        BackofficeLanguage.Set(http, form["language"].ToString());
        return TypedResults.LocalRedirect(BackofficePages.LocalOrStart(form["returnUrl"]));
    }
}
