using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Stages a registration e-mail in the outbox as part of the caller's unit of work. A message that carries the
/// registrant's link gets a fresh token, so the clear token exists only in that message.
/// </summary>
public sealed class RegistrationMailer(HedershusDbContext db, Outbox outbox, IOptions<SeminarOptions> options)
{
    public const string RegistrantPath = "/seminarier/anmalan/";

    public void Send(RegistrationMailKind kind, SeminarRegistration registration, Seminar? seminar, DateTime now)
    {
        var link = kind switch
        {
            RegistrationMailKind.Withdrawn or RegistrationMailKind.Rejected => null,
            RegistrationMailKind.Evaluation => seminar?.EvaluationUrl,
            _ => RegistrantUrl(RegistrationTokens.Issue(db, registration, now)),
        };
        outbox.Add(RegistrationMail.For(kind, registration, seminar, link, now));
    }

    /// <summary>Stages a message staff wrote, with the registrant's own link under it.</summary>
    public void SendMessage(SeminarRegistration registration, Seminar? seminar, string subject, string body, DateTime now) =>
        outbox.Add(RegistrationMail.Message(registration, seminar, subject, body, RegistrantUrl(RegistrationTokens.Issue(db, registration, now)), now));

    private string RegistrantUrl(string token) => options.Value.SiteUrl.TrimEnd('/') + RegistrantPath + token;
}
