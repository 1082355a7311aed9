using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars.Staff;

/// <summary>
/// Writes a staff message to everyone registered for a seminar (seat holders, and the waiting list on request)
/// through the outbox, each in their language when staff gave a translation for it (the registrant's culture, then
/// Swedish for Swedish variants or English for others, then the default text). All messages are written in one
/// transaction, so a failure sends none.
/// </summary>
public sealed class SeminarMessenger(
    HedershusDbContext db,
    SeminarStaffQueries queries,
    SeminarCatalog catalog,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    TimeProvider clock)
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 10_000;

    /// <summary>Returns how many messages were written.</summary>
    public async Task<int> SendAsync(Guid seminarKey, StaffMessageRequest request, CancellationToken cancellationToken)
    {
        Check(request);
        await queries.GetAsync(seminarKey, cancellationToken);
        var statuses = request.IncludeWaitingList ? [.. SeminarCatalog.HoldingSeat, RegistrationStatus.Waitlisted] : SeminarCatalog.HoldingSeat;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recipients = await db.SeminarRegistrations.AsNoTracking()
            .Where(r => r.SeminarKey == seminarKey && statuses.Contains(r.Status) && r.AnonymisedAt == null)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var registration in recipients)
        {
            var text = TextFor(request, registration.Language);
            mailer.SendMessage(registration, catalog.Find(seminarKey, registration.Language), text.Subject!.Trim(), text.Body!.Trim(), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        outboxSignal.Written();
        return recipients.Count;
    }

    private static StaffMessageText TextFor(StaffMessageRequest request, string culture)
    {
        var translations = request.Translations ?? [];
        var fallback = culture.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? "sv" : "en";
        foreach (var candidate in new[] { culture, fallback })
        {
            var match = translations.FirstOrDefault(t => string.Equals(t.Key, candidate, StringComparison.OrdinalIgnoreCase)).Value;
            if (match is not null)
            {
                return match;
            }
        }

        return new StaffMessageText(request.Subject, request.Body);
    }

    private void Check(StaffMessageRequest request)
    {
        var errors = new ValidationErrors();
        CheckText(errors, "", request.Subject, request.Body);
        foreach (var (culture, text) in request.Translations ?? [])
        {
            if (!cultures.IsKnown(culture))
            {
                errors.Add($"translations.{culture}", "Not a language of this site.");
            }

            CheckText(errors, $"translations.{culture}.", text?.Subject, text?.Body);
        }

        errors.ThrowIfAny();
    }

    private static void CheckText(ValidationErrors errors, string prefix, string? subject, string? body)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            errors.Add(prefix + "subject", "Required.");
        }
        else if (subject.Trim().Length > MaxSubjectLength || subject.Contains('\n', StringComparison.Ordinal) || subject.Contains('\r', StringComparison.Ordinal))
        {
            errors.Add(prefix + "subject", $"One line of at most {MaxSubjectLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(prefix + "body", "Required.");
        }
        else if (body.Length > MaxBodyLength)
        {
            errors.Add(prefix + "body", $"At most {MaxBodyLength} characters.");
        }
    }
}
