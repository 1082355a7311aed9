using System.Net;
using Hedershus.Core.Mail;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Identity.Users;

/// <summary>
/// Invitation and password-reset e-mails, in Swedish with English below (a user has no language setting). The link
/// carries the user's id and a one-time token; it opens a form, and only the form's post changes anything.
/// </summary>
public sealed class AccountMailer(Outbox outbox, IOptions<BackofficeOptions> options)
{
    public const string ResetPath = "/umbraco/login/reset-password";

    public void AddInvitation(HedershusUser user, string token) => Add(user, token, "backoffice-invitation",
        "Välkommen till Hedershus backoffice / Welcome to the Hedershus backoffice",
        "Du har fått ett konto i Hedershus backoffice. Välj ditt lösenord här:",
        "You have been given an account in the Hedershus backoffice. Choose your password here:");

    public void AddPasswordReset(HedershusUser user, string token) => Add(user, token, "backoffice-password-reset",
        "Återställ ditt lösenord / Reset your password",
        "Någon bad om ett nytt lösenord till ditt konto. Välj ett nytt här (har du inte bett om det kan du strunta i meddelandet):",
        "Someone asked for a new password for your account. Choose one here (if it was not you, ignore this message):");

    public string ResetLink(string userId, string token) =>
        $"{options.Value.SiteUrl.TrimEnd('/')}{ResetPath}?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    private void Add(HedershusUser user, string token, string kind, string subject, string swedish, string english)
    {
        var link = ResetLink(user.Id, token);
        var hours = options.Value.PasswordLinkHours;
        var text = $"{swedish}\n{link}\nLänken gäller i {hours} timmar.\n\n{english}\n{link}\nThe link works for {hours} hours.\n";
        var href = WebUtility.HtmlEncode(link);
        var html = $"<p>{WebUtility.HtmlEncode(swedish)}</p><p><a href=\"{href}\">{href}</a></p><p>Länken gäller i {hours} timmar.</p>" +
                   $"<hr><p lang=\"en\">{WebUtility.HtmlEncode(english)}</p><p><a href=\"{href}\">{href}</a></p><p lang=\"en\">The link works for {hours} hours.</p>";
        outbox.Add(new MailDraft
        {
            ToAddress = user.Email!,
            ToName = user.DisplayName,
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            Language = "sv",
            Kind = kind,
        });
    }
}
