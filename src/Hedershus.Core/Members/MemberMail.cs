using System.Globalization;
using System.Net;
using Hedershus.Core.Mail;

namespace Hedershus.Core.Members;

/// <summary>Builds the member and network e-mails: a plain text part and the same words as simple HTML.</summary>
public static class MemberMail
{
    public static MailDraft SignIn(string to, string language, string code, string link, int minutes)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "member-sign-in", t.SignInSubject, Format(t.SignInBody, code, link, minutes), t.Ignore);
    }

    public static MailDraft Confirm(string to, string language, string network, string link, bool invited)
    {
        var t = MemberMailText.For(language);
        return invited
            ? Draft(to, t, "network-invitation", Format(t.InvitedSubject, network), Format(t.InvitedBody, network, link), t.Ignore)
            : Draft(to, t, "network-confirm", Format(t.ConfirmSubject, network), Format(t.ConfirmBody, network, link), t.Ignore);
    }

    public static MailDraft Welcome(string to, string language, string network, string signInUrl)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "network-welcome", Format(t.WelcomeSubject, network), Format(t.WelcomeBody, network, signInUrl));
    }

    public static MailDraft Awaiting(string to, string language, string network)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "network-awaiting-approval", Format(t.AwaitingSubject, network), Format(t.AwaitingBody, network));
    }

    public static MailDraft AlreadyMember(string to, string language, string network, string signInUrl)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "network-already-member", Format(t.AlreadyMemberSubject, network), Format(t.AlreadyMemberBody, network, signInUrl));
    }

    public static MailDraft AlreadyAsked(string to, string language, string network)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "network-already-asked", Format(t.AlreadyAskedSubject, network), Format(t.AlreadyAskedBody, network));
    }

    /// <summary>Tells a coordinator that a confirmed request waits; it names nobody, the module shows who.</summary>
    public static MailDraft CoordinatorAwaiting(string to, string language, string network, string moduleUrl)
    {
        var t = MemberMailText.For(language);
        return Draft(to, t, "network-request-for-coordinator", Format(t.CoordinatorSubject, network), Format(t.CoordinatorBody, network, moduleUrl));
    }

    public static MailDraft Rejected(string to, string language, string network, string? reason)
    {
        var t = MemberMailText.For(language);
        var extra = string.IsNullOrWhiteSpace(reason) ? [] : new[] { Format(t.Reason, reason) };
        return Draft(to, t, "network-rejected", Format(t.RejectedSubject, network), Format(t.RejectedBody, network), extra);
    }

    private static MailDraft Draft(string to, MemberMailText t, string kind, string subject, string body, params string[] more)
    {
        var paragraphs = new[] { body }.Concat(more).Append(t.Signature).ToList();
        return new MailDraft
        {
            ToAddress = to,
            Subject = subject,
            TextBody = string.Join("\n\n", paragraphs) + "\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"{t.Language}\"><body>"
                + string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"))
                + "</body></html>",
            Language = t.Language,
            Kind = kind,
        };
    }

    private static string Format(string text, params object?[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
