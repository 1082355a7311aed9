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
    private static readonly Dictionary<(string Language, RegistrationStatus Status), (string Subject, string Lead)> Texts = new()
    {
        [("sv", RegistrationStatus.Confirmed)] = ("Bekräftelse: {0}", "Tack för din anmälan. Du har fått en plats på {0}."),
        [("sv", RegistrationStatus.Waitlisted)] = ("Väntelista: {0}", "{0} är fullbokat. Du står på plats {1} i väntelistan och får ett mejl om en plats blir ledig."),
        [("sv", RegistrationStatus.PendingApproval)] = ("Anmälan mottagen: {0}", "Vi har tagit emot din anmälan till {0}. Du får besked när den har granskats."),
        [("en", RegistrationStatus.Confirmed)] = ("Confirmation: {0}", "Thank you for registering. You have a seat at {0}."),
        [("en", RegistrationStatus.Waitlisted)] = ("Waiting list: {0}", "{0} is full. You are number {1} on the waiting list and will get an e-mail if a seat becomes free."),
        [("en", RegistrationStatus.PendingApproval)] = ("Registration received: {0}", "We have received your registration for {0}. You will hear from us once it has been reviewed."),
    };

    private static readonly Dictionary<string, string> Greeting = new() { ["sv"] = "Hej {0}!", ["en"] = "Hello {0},", };
    private static readonly Dictionary<string, string> Starts = new() { ["sv"] = "Startar", ["en"] = "Starts" };

    /// <summary>"sv" for any Swedish culture, otherwise "en".</summary>
    public static string TemplateLanguage(string culture) =>
        culture.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? "sv" : "en";

    public static MailDraft For(SeminarRegistration registration, Seminar seminar, DateTime now)
    {
        var language = TemplateLanguage(registration.Language);
        var (subject, lead) = Texts[(language, registration.Status)];
        var position = registration.Position?.ToString(CultureInfo.InvariantCulture) ?? "";
        var leadText = string.Format(CultureInfo.InvariantCulture, lead, seminar.Name, position);
        var greeting = string.Format(CultureInfo.InvariantCulture, Greeting[language], registration.Name);
        var when = seminar.Begins is { } begins ? $"{Starts[language]}: {begins.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : "";
        var text = string.Join("\n\n", new[] { greeting, leadText, when }.Where(s => s.Length > 0)) + "\n";
        var html = string.Concat(new[] { greeting, leadText, when }.Where(s => s.Length > 0).Select(s => $"<p>{WebUtility.HtmlEncode(s)}</p>"));
        return new MailDraft
        {
            ToAddress = registration.Email,
            ToName = registration.Name,
            Subject = string.Format(CultureInfo.InvariantCulture, subject, seminar.Name),
            TextBody = text,
            HtmlBody = $"<!DOCTYPE html><html lang=\"{language}\"><body>{html}</body></html>",
            Language = language,
            Kind = "seminar-" + registration.Status.ToString().ToLowerInvariant(),
            Attachments = registration.Status == RegistrationStatus.Confirmed && SeminarCalendar.For(seminar, now) is { } ics ? [ics] : [],
        };
    }
}
