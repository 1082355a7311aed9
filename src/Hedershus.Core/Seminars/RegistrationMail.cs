using System.Globalization;
using System.Net;
using Hedershus.Core.Mail;

namespace Hedershus.Core.Seminars;

/// <summary>
/// The e-mail a registration causes, in the registrant's language: Swedish for Swedish cultures, English otherwise
/// until the other languages have translated templates. HTML and plain text carry the same words.
/// </summary>
public static class RegistrationMail
{
    /// <summary>"sv" for any Swedish culture, otherwise "en".</summary>
    public static string TemplateLanguage(string culture) =>
        culture.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? "sv" : "en";

    public static RegistrationMailKind KindOf(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Waitlisted => RegistrationMailKind.Waitlisted,
        RegistrationStatus.PendingApproval => RegistrationMailKind.PendingApproval,
        RegistrationStatus.Offered => RegistrationMailKind.Offer,
        RegistrationStatus.Cancelled => RegistrationMailKind.Cancelled,
        _ => RegistrationMailKind.Confirmed,
    };

    /// <summary>
    /// The message of <paramref name="kind"/>. <paramref name="seminar"/> is null when the seminar is no longer
    /// published; <paramref name="link"/> is the registrant's page (or the evaluation form), shown as it is.
    /// </summary>
    public static MailDraft For(RegistrationMailKind kind, SeminarRegistration registration, Seminar? seminar, string? link, DateTime now)
    {
        var language = TemplateLanguage(registration.Language);
        var name = seminar?.Name ?? registration.SeminarName;
        var (subject, lead) = RegistrationMailTexts.Texts[(language, kind)];
        var detail = kind == RegistrationMailKind.Offer
            ? registration.OfferExpiresAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""
            : registration.Position?.ToString(CultureInfo.InvariantCulture) ?? "";
        var paragraphs = new List<string>
        {
            string.Format(CultureInfo.InvariantCulture, RegistrationMailTexts.Greeting[language], registration.Name),
            string.Format(CultureInfo.InvariantCulture, lead, name, detail),
        };
        if (kind != RegistrationMailKind.Withdrawn && seminar is not null)
        {
            paragraphs.AddRange(When(seminar, language));
        }

        var linkLead = kind switch
        {
            RegistrationMailKind.Offer => RegistrationMailTexts.Answer[language],
            RegistrationMailKind.Evaluation => RegistrationMailTexts.Evaluate[language],
            _ => RegistrationMailTexts.Manage[language],
        };
        return Draft(kind, registration, language, string.Format(CultureInfo.InvariantCulture, subject, name), paragraphs,
            link is null ? null : (linkLead, link), Calendar(kind, seminar, now));
    }

    private static IEnumerable<string> When(Seminar seminar, string language)
    {
        if (seminar.Begins is { } begins)
        {
            yield return $"{RegistrationMailTexts.Starts[language]}: {begins.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        }

        var place = seminar.IsOnline ? "Online" : (seminar.Sessions.Count > 0 ? seminar.Sessions[0].Place : null) ?? seminar.Location;
        if (place is not null)
        {
            yield return $"{RegistrationMailTexts.Place[language]}: {place}";
        }
    }

    private static OutboxAttachment? Calendar(RegistrationMailKind kind, Seminar? seminar, DateTime now) =>
        kind is RegistrationMailKind.Confirmed or RegistrationMailKind.Changed && seminar is not null ? SeminarCalendar.For(seminar, now) : null;

    private static MailDraft Draft(RegistrationMailKind kind, SeminarRegistration registration, string language, string subject,
        List<string> paragraphs, (string Lead, string Url)? link, OutboxAttachment? ics)
    {
        var text = string.Join("\n\n", paragraphs);
        var html = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        if (link is { } l)
        {
            text += $"\n\n{l.Lead}\n{l.Url}";
            html += $"<p>{WebUtility.HtmlEncode(l.Lead)}<br><a href=\"{WebUtility.HtmlEncode(l.Url)}\">{WebUtility.HtmlEncode(l.Url)}</a></p>";
        }

        return new MailDraft
        {
            ToAddress = registration.Email,
            ToName = registration.Name,
            Subject = subject,
            TextBody = text + "\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"{language}\"><body>{html}</body></html>",
            Language = language,
            Kind = "seminar-" + kind.ToString().ToLowerInvariant(),
            Attachments = ics is null ? [] : [ics],
        };
    }
}
