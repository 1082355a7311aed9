namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>The words of the sign-in and account pages, in Swedish (default) and English.</summary>
public sealed record AccountTexts
{
    public required string Language { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string Backoffice { get; init; }
    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignInButton { get; init; }
    public required string SignInFailed { get; init; }
    public required string ForgotPasswordLink { get; init; }
    public required string TwoFactorTitle { get; init; }
    public required string TwoFactorIntro { get; init; }
    public required string Code { get; init; }
    public required string CodeHint { get; init; }
    public required string RecoveryCode { get; init; }
    public required string RecoveryCodeHint { get; init; }
    public required string VerifyButton { get; init; }
    public required string CodeFailed { get; init; }
    public required string SetupTitle { get; init; }
    public required string SetupIntro { get; init; }
    public required string SetupKey { get; init; }
    public required string SetupUri { get; init; }
    public required string SetupQrAlt { get; init; }
    public required string SetupButton { get; init; }
    public required string RecoveryCodesTitle { get; init; }
    public required string RecoveryCodesIntro { get; init; }
    public required string ContinueLink { get; init; }
    public required string ChangePasswordTitle { get; init; }
    public required string ChangePasswordIntro { get; init; }
    public required string MustChangePasswordIntro { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string NewPasswordHint { get; init; }
    public required string ConfirmPassword { get; init; }
    public required string PasswordsDiffer { get; init; }
    public required string CurrentPasswordWrong { get; init; }
    public required string SaveButton { get; init; }
    public required string ForgotPasswordTitle { get; init; }
    public required string ForgotPasswordIntro { get; init; }
    public required string SendLinkButton { get; init; }
    public required string LinkSent { get; init; }
    public required string ResetPasswordTitle { get; init; }
    public required string LinkInvalid { get; init; }
    public required string PasswordChanged { get; init; }
    public required string SignedOut { get; init; }
    public required string AccountTitle { get; init; }
    public required string SignOutButton { get; init; }
    public required string SignedInAs { get; init; }
    public required string TwoFactorOn { get; init; }
    public required string TwoFactorOff { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string ErrorSummary { get; init; }

    public static AccountTexts Swedish { get; } = new()
    {
        Language = "sv",
        OtherLanguage = "en",
        OtherLanguageName = "English",
        Backoffice = "Hedershus backoffice",
        SignInTitle = "Logga in",
        Email = "E-postadress",
        Password = "Lösenord",
        SignInButton = "Logga in",
        SignInFailed = "Inloggningen misslyckades. Kontrollera e-postadress och lösenord. Efter fem misslyckade försök spärras kontot i 15 minuter.",
        ForgotPasswordLink = "Glömt lösenordet?",
        TwoFactorTitle = "Tvåstegsverifiering",
        TwoFactorIntro = "Skriv koden från din autentiseringsapp, eller en av dina reservkoder.",
        Code = "Kod från appen",
        CodeHint = "Sex siffror.",
        RecoveryCode = "Eller en reservkod",
        RecoveryCodeHint = "Varje reservkod fungerar en gång.",
        VerifyButton = "Verifiera",
        CodeFailed = "Koden stämmer inte. Försök igen med en ny kod.",
        SetupTitle = "Ställ in tvåstegsverifiering",
        SetupIntro = "Lägg till kontot i en autentiseringsapp: skanna QR-koden eller skriv in nyckeln. Skriv sedan koden som appen visar.",
        SetupKey = "Nyckel",
        SetupUri = "Länk för appen (otpauth)",
        SetupQrAlt = "QR-kod med samma nyckel",
        SetupButton = "Slå på tvåstegsverifiering",
        RecoveryCodesTitle = "Dina reservkoder",
        RecoveryCodesIntro = "Spara koderna på ett säkert ställe. Om du tappar telefonen loggar du in med en av dem. De visas bara nu.",
        ContinueLink = "Fortsätt",
        ChangePasswordTitle = "Byt lösenord",
        ChangePasswordIntro = "Välj ett nytt lösenord.",
        MustChangePasswordIntro = "Lösenordet skapades automatiskt. Välj ett eget innan du fortsätter.",
        CurrentPassword = "Nuvarande lösenord",
        NewPassword = "Nytt lösenord",
        NewPasswordHint = "Minst 12 tecken med stora och små bokstäver, en siffra och ett specialtecken.",
        ConfirmPassword = "Upprepa det nya lösenordet",
        PasswordsDiffer = "Lösenorden är inte lika.",
        CurrentPasswordWrong = "Det nuvarande lösenordet stämmer inte.",
        SaveButton = "Spara",
        ForgotPasswordTitle = "Glömt lösenordet",
        ForgotPasswordIntro = "Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.",
        SendLinkButton = "Skicka länk",
        LinkSent = "Om adressen hör till ett konto har vi skickat en länk dit. Länken gäller en begränsad tid.",
        ResetPasswordTitle = "Välj lösenord",
        LinkInvalid = "Länken gäller inte (längre). Be om en ny.",
        PasswordChanged = "Lösenordet är sparat. Logga in med det nya lösenordet.",
        SignedOut = "Du är utloggad.",
        AccountTitle = "Ditt konto",
        SignOutButton = "Logga ut",
        SignedInAs = "Inloggad som",
        TwoFactorOn = "Tvåstegsverifiering är på.",
        TwoFactorOff = "Tvåstegsverifiering är av.",
        TooManyAttempts = "För många försök. Vänta en minut och försök igen.",
        ErrorSummary = "Rätta till följande",
    };

    public static AccountTexts English { get; } = new()
    {
        Language = "en",
        OtherLanguage = "sv",
        OtherLanguageName = "Svenska",
        Backoffice = "Hedershus backoffice",
        SignInTitle = "Sign in",
        Email = "E-mail address",
        Password = "Password",
        SignInButton = "Sign in",
        SignInFailed = "Sign-in failed. Check the e-mail address and the password. After five failed attempts the account is locked for 15 minutes.",
        ForgotPasswordLink = "Forgot your password?",
        TwoFactorTitle = "Two-factor verification",
        TwoFactorIntro = "Enter the code from your authenticator app, or one of your recovery codes.",
        Code = "Code from the app",
        CodeHint = "Six digits.",
        RecoveryCode = "Or a recovery code",
        RecoveryCodeHint = "Each recovery code works once.",
        VerifyButton = "Verify",
        CodeFailed = "The code is not right. Try again with a new code.",
        SetupTitle = "Set up two-factor verification",
        SetupIntro = "Add the account to an authenticator app: scan the QR code or type the key. Then enter the code the app shows.",
        SetupKey = "Key",
        SetupUri = "Link for the app (otpauth)",
        SetupQrAlt = "QR code with the same key",
        SetupButton = "Turn on two-factor verification",
        RecoveryCodesTitle = "Your recovery codes",
        RecoveryCodesIntro = "Keep these codes somewhere safe. If you lose your phone, sign in with one of them. They are shown only now.",
        ContinueLink = "Continue",
        ChangePasswordTitle = "Change password",
        ChangePasswordIntro = "Choose a new password.",
        MustChangePasswordIntro = "Your password was generated. Choose your own before you go on.",
        CurrentPassword = "Current password",
        NewPassword = "New password",
        NewPasswordHint = "At least 12 characters with upper- and lower-case letters, a digit and a symbol.",
        ConfirmPassword = "Repeat the new password",
        PasswordsDiffer = "The passwords differ.",
        CurrentPasswordWrong = "The current password is not right.",
        SaveButton = "Save",
        ForgotPasswordTitle = "Forgot password",
        ForgotPasswordIntro = "Enter your e-mail address and we will send a link where you can choose a new password.",
        SendLinkButton = "Send link",
        LinkSent = "If the address belongs to an account, we have sent a link to it. The link works for a limited time.",
        ResetPasswordTitle = "Choose a password",
        LinkInvalid = "The link is not valid (any more). Ask for a new one.",
        PasswordChanged = "Your password is saved. Sign in with the new password.",
        SignedOut = "You are signed out.",
        AccountTitle = "Your account",
        SignOutButton = "Sign out",
        SignedInAs = "Signed in as",
        TwoFactorOn = "Two-factor verification is on.",
        TwoFactorOff = "Two-factor verification is off.",
        TooManyAttempts = "Too many attempts. Wait a minute and try again.",
        ErrorSummary = "Please correct the following",
    };

    /// <summary>
    /// English when asked for (<c>?lang=en</c>, the form's field, or the browser's first language); Swedish otherwise.
    /// The form is consulted only once read (by the anti-forgery check), never read here.
    /// </summary>
    public static AccountTexts For(HttpRequest request)
    {
        var form = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form;
        var asked = request.Query["lang"].FirstOrDefault()
            ?? form?["lang"].FirstOrDefault()
            ?? request.Cookies[Shell.BackofficeLanguage.CookieName]
            ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
        return asked is not null && asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Swedish;
    }
}
