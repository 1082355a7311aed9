using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Reminders (<see cref="SeminarOptions.ReminderDaysBefore"/> before the start) and the evaluation link (after the
/// end, when the seminar has one) to everyone with a seat. Each goes once per registration: the mark and the message
/// are written together, and the mark is set by a conditional update only one node can win.
/// </summary>
public sealed class SeminarFollowUpJob(
    HedershusDbContext db,
    PublishedSnapshotService snapshots,
    SeminarCatalog catalog,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    IOptions<SeminarOptions> options,
    TimeProvider clock) : IBackgroundJob
{
    public const string RecurringId = "seminar-follow-up";
    public const string Cron = "15 * * * *";

    /// <summary>Evaluation mail is not sent for seminars that ended longer ago than this (e.g. after a long outage).</summary>
    private static readonly TimeSpan EvaluationWindow = TimeSpan.FromDays(14);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lead = TimeSpan.FromDays(options.Value.ReminderDaysBefore);
        var seminars = snapshots.Current.All.Where(c => c.ContentType == Seminar.ContentType)
            .Select(c => Seminar.From(c, cultures.Default, cultures.Default)).ToList();
        foreach (var seminar in seminars)
        {
            if (seminar.Begins is { } begins && begins > now && begins <= now + lead)
            {
                await SendOnceAsync(seminar, RegistrationMailKind.Reminder, cancellationToken);
            }

            if (seminar.EvaluationUrl is not null && seminar.Ends is { } ends && ends <= now && ends > now - EvaluationWindow)
            {
                await SendOnceAsync(seminar, RegistrationMailKind.Evaluation, cancellationToken);
            }
        }

        outboxSignal.Written();
    }

    private async Task SendOnceAsync(Seminar seminar, RegistrationMailKind kind, CancellationToken cancellationToken)
    {
        var due = db.SeminarRegistrations.AsNoTracking()
            .Where(r => r.SeminarKey == seminar.Key && r.Status == RegistrationStatus.Confirmed && r.AnonymisedAt == null);
        due = kind == RegistrationMailKind.Reminder ? due.Where(r => r.ReminderSentAt == null) : due.Where(r => r.EvaluationSentAt == null);
        foreach (var id in await due.Select(r => r.Id).ToListAsync(cancellationToken))
        {
            await SendOneAsync(id, kind, cancellationToken);
        }
    }

    private async Task SendOneAsync(long id, RegistrationMailKind kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = kind == RegistrationMailKind.Reminder
            ? await db.SeminarRegistrations.Where(r => r.Id == id && r.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentAt, now), cancellationToken)
            : await db.SeminarRegistrations.Where(r => r.Id == id && r.EvaluationSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.EvaluationSentAt, now), cancellationToken);
        if (marked == 1)
        {
            var registration = await db.SeminarRegistrations.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
            mailer.Send(kind, registration, catalog.Find(registration.SeminarKey, registration.Language), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
