using System.Text;
using Hedershus.Core.Identity;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using static Hedershus.Web.Backoffice.Accounts.AccountPages;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// Setting up an authenticator app (TOTP): required for administrators at their first sign-in, optional for others.
/// Shows the shared key, an otpauth:// link and a QR code; a correct code turns two-factor on and shows ten recovery
/// codes once. Also <c>/umbraco/account</c>: who is signed in, two-factor state, password change, sign-out.
/// </summary>
public static class TwoFactorSetupEndpoints
{
    public const string Issuer = "Hedershus";
    public const string AccountPath = "/umbraco/account";

    public static IEndpointRouteBuilder MapTwoFactorSetupEndpoints(this IEndpointRouteBuilder app)
    {
        var setup = app.MapGroup(PendingStep.EnrolTwoFactorPath).ExcludeFromDescription().RequireAuthorization(BackofficePolicies.Account)
            .AddEndpointFilter<BackofficeFrameFilter>();
        setup.MapGet("", ShowSetupAsync).WithName("BackofficeTwoFactorSetupPage");
        setup.MapPost("", EnableAsync).WithName("BackofficeTwoFactorSetup")
            .AddEndpointFilter(AntiforgeryCheck.FormFilterAsync).RequireRateLimiting(SignInRateLimit.Policy);
        app.MapGet(AccountPath, ShowAccountAsync).WithName("BackofficeAccountPage").ExcludeFromDescription()
            .RequireAuthorization(BackofficePolicies.Backoffice).AddEndpointFilter<BackofficeFrameFilter>();
        return app;
    }

    private static async Task<IResult> ShowSetupAsync(HttpContext http, UserManager<HedershusUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Redirect(SignInPath);
        }

        return user.TwoFactorEnabled ? TypedResults.Redirect(AccountPath) : Render(await SetupViewAsync(http, users, user, error: null));
    }

    private static async Task<IResult> EnableAsync(HttpContext http, UserManager<HedershusUser> users, SignInManager<HedershusUser> signIn)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null || user.TwoFactorEnabled)
        {
            return TypedResults.Redirect(user is null ? SignInPath : AccountPath);
        }

        var code = Field(http.Request, "code").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return Render(await SetupViewAsync(http, users, user, AccountTexts.For(http.Request).CodeFailed));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        var view = View(http, t => t.RecoveryCodesTitle);
        return Render(view with
        {
            Paragraphs = [view.T.RecoveryCodesIntro],
            RecoveryCodes = [.. codes],
            Links = [new AccountLink(await SignInEndpoints.NextAsync(signIn, user, http.Request), view.T.ContinueLink)],
        });
    }

    private static async Task<IResult> ShowAccountAsync(HttpContext http, UserManager<HedershusUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Redirect(SignInPath);
        }

        var view = View(http, t => t.AccountTitle);
        var t = view.T;
        List<AccountLink> links = [new(WithLanguage(PendingStep.ChangePasswordPath, t), t.ChangePasswordTitle)];
        if (!user.TwoFactorEnabled)
        {
            links.Add(new(WithLanguage(PendingStep.EnrolTwoFactorPath, t), t.SetupTitle));
        }

        return Render(view with
        {
            Paragraphs = [$"{t.SignedInAs} {user.Email}.", user.TwoFactorEnabled ? t.TwoFactorOn : t.TwoFactorOff],
            Links = links,
            SignOutToken = AntiforgeryCheck.Token(http),
        });
    }

    private static async Task<AccountView> SetupViewAsync(HttpContext http, UserManager<HedershusUser> users, HedershusUser user, string? error)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var view = View(http, t => t.SetupTitle);
        var t = view.T;
        return view with
        {
            Error = error,
            Paragraphs = [t.SetupIntro],
            Key = Describe(key, user.Email ?? user.Id),
            Form = Form(http, PendingStep.EnrolTwoFactorPath, t.SetupButton,
                new AccountField("code", t.Code, "text", "one-time-code") { Hint = t.CodeHint, InputMode = "numeric" }) with
            {
                Hidden = new Dictionary<string, string> { ["returnUrl"] = ReturnUrl(http.Request) },
            },
            SignOutToken = AntiforgeryCheck.Token(http),
        };
    }

    /// <summary>The key in groups of four (easier to type), the otpauth:// link, and the link as a QR code.</summary>
    public static TwoFactorKey Describe(string key, string account)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new TwoFactorKey(grouped.ToString().TrimEnd().ToLowerInvariant(), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }
}
