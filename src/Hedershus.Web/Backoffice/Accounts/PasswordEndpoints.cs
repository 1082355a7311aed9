using Hedershus.Core.Common;
using Hedershus.Core.Identity;
using Hedershus.Core.Identity.Users;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Hedershus.Web.Backoffice.Accounts.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using static Hedershus.Web.Backoffice.Accounts.AccountPages;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// Changing the password (also the first administrator's forced change), asking for a reset link by e-mail, and the
/// link's page: GET shows the form, only the POST changes the password.
/// </summary>
public static class PasswordEndpoints
{
    public const string ForgotPath = SignInPath + "/forgot-password";

    public static IEndpointRouteBuilder MapPasswordEndpoints(this IEndpointRouteBuilder app)
    {
        var change = app.MapGroup(PendingStep.ChangePasswordPath).ExcludeFromDescription().RequireAuthorization(BackofficePolicies.Account)
            .AddEndpointFilter<BackofficeFrameFilter>();
        change.MapGet("", ShowChangeAsync).WithName("BackofficeChangePasswordPage");
        change.MapPost("", ChangeAsync).WithName("BackofficeChangePassword").AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);

        app.MapGet(ForgotPath, ShowForgot).WithName("BackofficeForgotPasswordPage").ExcludeFromDescription();
        app.MapPost(ForgotPath, RequestResetAsync).WithName("BackofficeForgotPassword").ExcludeFromDescription()
            .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync).RequireRateLimiting(SignInRateLimit.Policy);
        app.MapGet(AccountMailer.ResetPath, ShowReset).WithName("BackofficeResetPasswordPage").ExcludeFromDescription();
        app.MapPost(AccountMailer.ResetPath, ResetAsync).WithName("BackofficeResetPassword").ExcludeFromDescription()
            .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync).RequireRateLimiting(SignInRateLimit.Policy);
        return app;
    }

    private static async Task<IResult> ShowChangeAsync(HttpContext http, UserManager<HedershusUser> users) =>
        await users.GetUserAsync(http.User) is { } user ? Render(ChangeView(http, user, null, null)) : TypedResults.Redirect(SignInPath);

    private static async Task<IResult> ChangeAsync(HttpContext http, UserManager<HedershusUser> users, SignInManager<HedershusUser> signIn)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Redirect(SignInPath);
        }

        var t = AccountTexts.For(http.Request);
        var password = Field(http.Request, "newPassword");
        if (password != Field(http.Request, "confirmPassword"))
        {
            return Render(ChangeView(http, user, null, t.PasswordsDiffer));
        }

        var result = await users.ChangePasswordAsync(user, Field(http.Request, "currentPassword"), password);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return Render(ChangeView(http, user, wrongCurrent ? t.CurrentPasswordWrong : null, wrongCurrent ? null : Describe(result)));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Redirect(await SignInEndpoints.NextAsync(signIn, user, http.Request));
    }

    private static RazorComponentResult ShowForgot(HttpContext http) => Render(ForgotView(http, notice: null));

    private static async Task<IResult> RequestResetAsync(HttpContext http, PasswordResetService resets, CancellationToken cancellationToken)
    {
        await resets.RequestAsync(Field(http.Request, "email"), cancellationToken);
        return Render(ForgotView(http, AccountTexts.For(http.Request).LinkSent));
    }

    private static RazorComponentResult ShowReset(HttpContext http, string? user, string? token) => Render(ResetView(http, user, token, null, null));

    private static async Task<IResult> ResetAsync(HttpContext http, PasswordResetService resets, CancellationToken cancellationToken)
    {
        var t = AccountTexts.For(http.Request);
        var (user, token, password) = (Field(http.Request, "user"), Field(http.Request, "token"), Field(http.Request, "newPassword"));
        if (password != Field(http.Request, "confirmPassword"))
        {
            return Render(ResetView(http, user, token, null, t.PasswordsDiffer));
        }

        try
        {
            await resets.ResetAsync(user, token, password, cancellationToken);
        }
        catch (InputValidationException e)
        {
            return e.Errors.ContainsKey("token")
                ? Render(ResetView(http, user, token, t.LinkInvalid, null))
                : Render(ResetView(http, user, token, null, string.Join(" ", e.Errors.Values.SelectMany(v => v))));
        }

        return TypedResults.Redirect(WithLanguage($"{SignInPath}?reset=1", t));
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static AccountView ChangeView(HttpContext http, HedershusUser user, string? error, string? passwordError)
    {
        var view = View(http, t => t.ChangePasswordTitle);
        var t = view.T;
        return view with
        {
            Error = error ?? passwordError,
            Paragraphs = [user.MustChangePassword ? t.MustChangePasswordIntro : t.ChangePasswordIntro],
            Form = Form(http, PendingStep.ChangePasswordPath, t.SaveButton,
                new AccountField("currentPassword", t.CurrentPassword, "password", "current-password"),
                new AccountField("newPassword", t.NewPassword, "password", "new-password") { Hint = t.NewPasswordHint, Error = passwordError },
                new AccountField("confirmPassword", t.ConfirmPassword, "password", "new-password")) with
            {
                Hidden = new Dictionary<string, string> { ["returnUrl"] = ReturnUrl(http.Request) },
            },
            SignOutToken = AntiforgeryCheck.Token(http),
        };
    }

    private static AccountView ForgotView(HttpContext http, string? notice)
    {
        var view = View(http, t => t.ForgotPasswordTitle);
        var t = view.T;
        return view with
        {
            Notice = notice,
            Paragraphs = [t.ForgotPasswordIntro],
            Form = Form(http, ForgotPath, t.SendLinkButton, new AccountField("email", t.Email, "email", "username")),
            Links = [new AccountLink(WithLanguage(SignInPath, t), t.SignInTitle)],
        };
    }

    private static AccountView ResetView(HttpContext http, string? user, string? token, string? error, string? passwordError)
    {
        var view = View(http, t => t.ResetPasswordTitle);
        var t = view.T;
        return view with
        {
            Error = error ?? passwordError,
            Form = Form(http, AccountMailer.ResetPath, t.SaveButton,
                new AccountField("newPassword", t.NewPassword, "password", "new-password") { Hint = t.NewPasswordHint, Error = passwordError },
                new AccountField("confirmPassword", t.ConfirmPassword, "password", "new-password")) with
            {
                Hidden = new Dictionary<string, string> { ["user"] = user ?? "", ["token"] = token ?? "" },
            },
            Links = [new AccountLink(WithLanguage(ForgotPath, t), t.ForgotPasswordTitle)],
        };
    }
}
