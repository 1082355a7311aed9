using System.Globalization;
using System.Net;
using Hedershus.Core.Mail;

namespace Hedershus.Core.Seminars;

/// <summary>
/// The e-mail a registration causes, in the registrant's language where a template exists (see
/// <see cref="RegistrationMailTexts"/>). HTML and plain text carry the same words.
/// </summary>
public static class RegistrationMail
{
    /// <summary>"sv" for any Swedish culture, otherwise "en": the languages of the registrant's page.</summary>
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
        var words = RegistrationMailTexts.For(registration.Language);
        var name = seminar?.Name ?? registration.SeminarName;
        var (subject, lead) = words.Texts[kind];
        var detail = kind == RegistrationMailKind.Offer
            ? registration.OfferExpiresAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""
            : registration.Position?.ToString(CultureInfo.InvariantCulture) ?? "";
        var paragraphs = new List<string> { string.Format(CultureInfo.InvariantCulture, lead, name, detail) };
        return Compose(kind, registration, seminar, words, string.Format(CultureInfo.InvariantCulture, subject, name), paragraphs, link, now);
    }

    /// <summary>A message staff wrote (subject and plain-text body, paragraphs split by blank lines) with the seminar's details and the registrant's link.</summary>
    public static MailDraft Message(SeminarRegistration registration, Seminar? seminar, string subject, string body, string? link, DateTime now)
    {
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return Compose(RegistrationMailKind.StaffMessage, registration, seminar, RegistrationMailTexts.For(registration.Language), subject, paragraphs, link, now);
    }

    private static MailDraft Compose(RegistrationMailKind kind, SeminarRegistration registration, Seminar? seminar, RegistrationMailLanguage words,
        string subject, List<string> paragraphs, string? link, DateTime now)
    {
        paragraphs.Insert(0, string.Format(CultureInfo.InvariantCulture, words.Greeting, registration.Name));
        if (kind != RegistrationMailKind.Withdrawn && seminar is not null)
        {
            paragraphs.AddRange(When(seminar, words));
        }

        var linkLead = kind switch
        {
            RegistrationMailKind.Offer => words.Answer,
            RegistrationMailKind.Evaluation => words.Evaluate,
            _ => words.Manage,
        };
        return Draft(kind, registration, words, subject, paragraphs, link is null ? null : (linkLead, link), Calendar(kind, seminar, now));
    }

    private static IEnumerable<string> When(Seminar seminar, RegistrationMailLanguage words)
    {
        if (seminar.Begins is { } begins)
        {
            yield return $"{words.Starts}: {begins.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        }

        var place = seminar.IsOnline ? words.Online : (seminar.Sessions.Count > 0 ? seminar.Sessions[0].Place : null) ?? seminar.Location;
        if (place is not null)
        {
            yield return $"{words.Place}: {place}";
        }
    }

    /// <summary>The outbox kind of a registration e-mail, e.g. "seminar-confirmed".</summary>
    public static string KindName(RegistrationMailKind kind) => "seminar-" + kind.ToString().ToLowerInvariant();

    private static OutboxAttachment? Calendar(RegistrationMailKind kind, Seminar? seminar, DateTime now) =>
        kind is RegistrationMailKind.Confirmed or RegistrationMailKind.Changed && seminar is not null ? SeminarCalendar.For(seminar, now) : null;

    private static MailDraft Draft(RegistrationMailKind kind, SeminarRegistration registration, RegistrationMailLanguage words, string subject,
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
            HtmlBody = $"<!DOCTYPE html><html lang=\"{words.Code}\" dir=\"{(words.RightToLeft ? "rtl" : "ltr")}\"><body>{html}</body></html>",
            Language = words.Code,
            Kind = KindName(kind),
            Attachments = ics is null ? [] : [ics],
        };
    }
}
