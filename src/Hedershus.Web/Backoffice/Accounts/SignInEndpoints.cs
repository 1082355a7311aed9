using Hedershus.Core.Identity;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Accounts.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using static Hedershus.Web.Backoffice.Accounts.AccountPages;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// <c>/umbraco/login</c>: e-mail and password, then the two-factor code when the user has it on, then any step left
/// (new password, two-factor set-up). Every failure says the same, whether or not the address has an account.
/// </summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        var login = app.MapGroup(SignInPath).ExcludeFromDescription();
        login.MapGet("", ShowSignIn).WithName("BackofficeSignInPage");
        login.MapPost("", SignInAsync).WithName("BackofficeSignIn")
            .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync).RequireRateLimiting(SignInRateLimit.Policy);
        login.MapGet("/two-factor", ShowTwoFactorAsync).WithName("BackofficeTwoFactorPage");
        login.MapPost("/two-factor", VerifyTwoFactorAsync).WithName("BackofficeTwoFactor")
            .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync).RequireRateLimiting(SignInRateLimit.Policy);
        app.MapPost("/umbraco/logout", SignOutAsync).WithName("BackofficeSignOut").ExcludeFromDescription()
            .RequireAuthorization(BackofficePolicies.Account).AddEndpointFilter(AntiforgeryCheck.FormFilterAsync);
        return app;
    }

    private static RazorComponentResult ShowSignIn(HttpContext http) => Render(SignInView(http, error: null, email: null, StatusCodes.Status200OK));

    private static async Task<IResult> SignInAsync(HttpContext http, SignInManager<HedershusUser> signIn, DecoyPassword decoy)
    {
        var email = Field(http.Request, "email").Trim();
        var password = Field(http.Request, "password");
        var user = email.Length == 0 ? null : await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            decoy.Verify(password);
            return Failed(http, email);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            var t = AccountTexts.For(http.Request);
            return TypedResults.Redirect(WithLanguage($"{SignInPath}/two-factor?returnUrl={Uri.EscapeDataString(ReturnUrl(http.Request))}", t));
        }

        return result.Succeeded ? TypedResults.Redirect(await NextAsync(signIn, user, http.Request)) : Failed(http, email);
    }

    private static async Task<IResult> ShowTwoFactorAsync(HttpContext http, SignInManager<HedershusUser> signIn) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? TypedResults.Redirect(SignInPath)
            : Render(TwoFactorView(http, error: null));

    private static async Task<IResult> VerifyTwoFactorAsync(HttpContext http, SignInManager<HedershusUser> signIn)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return TypedResults.Redirect(SignInPath);
        }

        var recovery = Field(http.Request, "recoveryCode").Replace(" ", "", StringComparison.Ordinal);
        var code = Field(http.Request, "code").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = recovery.Length > 0
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recovery)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return TypedResults.Redirect(await NextAsync(signIn, user, http.Request));
        }

        return result.IsLockedOut ? Failed(http, user.Email) : Render(TwoFactorView(http, AccountTexts.For(http.Request).CodeFailed));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<HedershusUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.Redirect(WithLanguage($"{SignInPath}?signedOut=1", AccountTexts.For(http.Request)));
    }

    /// <summary>Where a user goes once signed in: a step left first, otherwise where they were going.</summary>
    internal static async Task<string> NextAsync(SignInManager<HedershusUser> signIn, HedershusUser user, HttpRequest request)
    {
        var returnUrl = ReturnUrl(request);
        return PendingStep.PathOf(await signIn.CreateUserPrincipalAsync(user)) is { } step
            ? WithLanguage(returnUrl == DefaultReturnUrl ? step : $"{step}?returnUrl={Uri.EscapeDataString(returnUrl)}", AccountTexts.For(request))
            : returnUrl;
    }

    private static RazorComponentResult Failed(HttpContext http, string? email) =>
        Render(SignInView(http, AccountTexts.For(http.Request).SignInFailed, email, StatusCodes.Status200OK));

    private static AccountView SignInView(HttpContext http, string? error, string? email, int status)
    {
        var view = View(http, t => t.SignInTitle);
        var t = view.T;
        var query = http.Request.Query;
        return view with
        {
            StatusCode = status,
            Error = error,
            Notice = query.ContainsKey("signedOut") ? t.SignedOut : query.ContainsKey("reset") ? t.PasswordChanged : null,
            Form = Form(http, SignInPath, t.SignInButton,
                new AccountField("email", t.Email, "email", "username") { Value = email },
                new AccountField("password", t.Password, "password", "current-password")) with
            {
                Hidden = new Dictionary<string, string> { ["returnUrl"] = ReturnUrl(http.Request) },
            },
            Links = [new AccountLink(WithLanguage($"{SignInPath}/forgot-password", t), t.ForgotPasswordLink)],
        };
    }

    private static AccountView TwoFactorView(HttpContext http, string? error)
    {
        var view = View(http, t => t.TwoFactorTitle);
        var t = view.T;
        return view with
        {
            Error = error,
            Paragraphs = [t.TwoFactorIntro],
            Form = Form(http, $"{SignInPath}/two-factor", t.VerifyButton,
                new AccountField("code", t.Code, "text", "one-time-code", Required: false) { Hint = t.CodeHint, InputMode = "numeric" },
                new AccountField("recoveryCode", t.RecoveryCode, "text", "off", Required: false) { Hint = t.RecoveryCodeHint }) with
            {
                Hidden = new Dictionary<string, string> { ["returnUrl"] = ReturnUrl(http.Request) },
            },
        };
    }
}
