using Hedershus.Core.Common;
using Hedershus.Core.Identity.Users;
using Hedershus.Web.Backoffice.Accounts;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Hedershus.Web.Backoffice.Users.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.Users;

/// <summary>
/// Server-rendered users pages under <c>/umbraco/users</c> (administrators): the same <see cref="BackofficeUserService"/>
/// as the management API, plain forms with anti-forgery tokens, no script.
/// </summary>
public static class UserPages
{
    public const string Path = "/umbraco/users";

    public static IEndpointRouteBuilder MapUserPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(Path).ExcludeFromDescription().RequireAuthorization(BackofficePolicies.Administration)
            .AddEndpointFilter<BackofficeFrameFilter>();
        pages.MapGet("", ListAsync).WithName("UsersPage");
        pages.MapGet("/new", ShowNew).WithName("NewUserPage");
        pages.MapPost("", InviteAsync).WithName("InviteUserForm").AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        pages.MapGet("/{id}", ShowAsync).WithName("UserPage");
        pages.MapPost("/{id}", SaveAsync).WithName("SaveUserForm").AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        pages.MapPost("/{id}/disable", (string id, HttpContext http, BackofficeUserService users, CancellationToken ct) => SetDisabledAsync(id, true, http, users, ct))
            .WithName("DisableUserForm").AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        pages.MapPost("/{id}/enable", (string id, HttpContext http, BackofficeUserService users, CancellationToken ct) => SetDisabledAsync(id, false, http, users, ct))
            .WithName("EnableUserForm").AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, BackofficeUserService users, CancellationToken cancellationToken)
    {
        var view = View(http);
        var notice = http.Request.Query["done"].FirstOrDefault() switch { "invited" => view.U.Invited, "saved" => view.U.Saved, _ => null };
        return Render(view with { Users = await users.ListAsync(cancellationToken), Notice = notice });
    }

    public static RazorComponentResult ShowNew(HttpContext http) => Render(View(http) with { IsForm = true });

    private static async Task<IResult> InviteAsync(HttpContext http, BackofficeUserService users, CancellationToken cancellationToken)
    {
        var input = ReadInput(http.Request, withEmail: true);
        try
        {
            await users.InviteAsync(input, cancellationToken);
        }
        catch (InputValidationException e)
        {
            return Render(View(http) with { IsForm = true, Input = input, Errors = Translated(http, e.Errors), StatusCode = StatusCodes.Status400BadRequest });
        }
        catch (ConflictException e)
        {
            return Render(View(http) with { IsForm = true, Input = input, Errors = Translated(http, Error("email", e.Message)), StatusCode = StatusCodes.Status409Conflict });
        }

        return TypedResults.Redirect(WithLanguage(Path + "?done=invited", http));
    }

    private static async Task<IResult> ShowAsync(string id, HttpContext http, BackofficeUserService users, CancellationToken cancellationToken) =>
        Render(View(http) with { IsForm = true, User = await users.GetAsync(id, cancellationToken) });

    private static async Task<IResult> SaveAsync(string id, HttpContext http, BackofficeUserService users, CancellationToken cancellationToken)
    {
        var input = ReadInput(http.Request, withEmail: false);
        try
        {
            await users.UpdateAsync(id, input, cancellationToken);
        }
        catch (Exception e) when (e is InputValidationException or ConflictException)
        {
            var errors = Translated(http, e is InputValidationException invalid ? invalid.Errors : Error("groups", e.Message));
            var user = await users.GetAsync(id, cancellationToken);
            return Render(View(http) with { IsForm = true, User = user, Input = input, Errors = errors, StatusCode = StatusCodes.Status400BadRequest });
        }

        return TypedResults.Redirect(WithLanguage(Path + "?done=saved", http));
    }

    private static async Task<IResult> SetDisabledAsync(string id, bool disabled, HttpContext http, BackofficeUserService users, CancellationToken cancellationToken)
    {
        try
        {
            await users.SetDisabledAsync(id, disabled, cancellationToken);
        }
        catch (ConflictException e)
        {
            var user = await users.GetAsync(id, cancellationToken);
            return Render(View(http) with { IsForm = true, User = user, Errors = Translated(http, Error("status", e.Message)), StatusCode = StatusCodes.Status409Conflict });
        }

        return TypedResults.Redirect(WithLanguage(Path + "?done=saved", http));
    }

    private static SaveUserRequest ReadInput(HttpRequest request, bool withEmail)
    {
        var form = request.Form;
        return new SaveUserRequest
        {
            Email = withEmail ? form["email"].ToString() : null,
            DisplayName = form["displayName"].ToString(),
            Groups = [.. form["groups"].OfType<string>()],
            Cultures = [.. form["cultures"].OfType<string>()],
            StartNodes = [.. form["startNodes"].ToString().Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select(line => Guid.TryParse(line, out var key) ? key : Guid.Empty)],
        };
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    private static IReadOnlyDictionary<string, string[]> Translated(HttpContext http, IReadOnlyDictionary<string, string[]> errors) =>
        new BackofficeText(AccountTexts.For(http.Request).Language).Refusals(errors);

    private static UserPageView View(HttpContext http)
    {
        var t = AccountTexts.For(http.Request);
        return new UserPageView
        {
            T = t,
            U = UserTexts.For(t.Language),
            Nonce = http.RequestServices.GetRequiredService<CspNonce>().Value,
            AntiforgeryToken = AntiforgeryCheck.Token(http),
            Cultures = http.RequestServices.GetRequiredService<CultureCatalog>().All,
        };
    }

    private static string WithLanguage(string path, HttpContext http) => AccountPages.WithLanguage(path, AccountTexts.For(http.Request));

    private static RazorComponentResult<UsersPage> Render(UserPageView view) =>
        new(new Dictionary<string, object?> { [nameof(UsersPage.View)] = view })
        {
            StatusCode = view.StatusCode,
            ContentType = "text/html; charset=utf-8",
        };
}
