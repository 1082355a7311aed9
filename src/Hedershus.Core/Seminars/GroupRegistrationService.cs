using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Seminars;

/// <summary>A coordinator registers colleagues: one transaction under the seminar's lock for the whole group.</summary>
public sealed class GroupRegistrationService(
    HedershusDbContext db,
    RegistrationIntake intake,
    SeminarLock seminarLock,
    SqliteWriterGate writerGate,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    IOptions<SeminarOptions> options)
{
    /// <summary>
    /// Registers a coordinator's colleagues in one transaction under the seminar's lock. Seats go to the people in the
    /// order listed and whoever does not fit joins the waiting list in that order, each with a registration, a link
    /// and e-mail of their own. Without a waiting list a group that does not fit whole is refused whole, so the
    /// coordinator decides who goes. Any duplicate refuses the whole group; nothing is half-stored.
    /// </summary>
    public async Task<GroupRegistrationResult> RegisterGroupAsync(Guid seminarKey, GroupRegistrationRequest request, CancellationToken cancellationToken)
    {
        var (seminar, language) = intake.Find(seminarKey, request.Language);
        var members = GroupRegistrationRules.Expand(request, seminar, cultures, options.Value.MaxGroupSize);
        intake.CheckOpen(seminar);
        await intake.CheckEligibleAsync(seminar, members.Select(m => m.Email!).ToList(), cancellationToken);

        var registrations = members.Select(member => intake.NewRegistration(seminar, member, language)).ToList();
        using (await seminarLock.WaitLocalAsync(seminarKey, cancellationToken))
        using (await writerGate.EnterAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await seminarLock.EnterAsync(db, seminarKey, cancellationToken);
            await CheckGroupFitsAsync(seminar, members.Count, cancellationToken);
            await PlaceGroupAsync(seminar, registrations);
            await SaveGroupAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        outboxSignal.Written();
        return new GroupRegistrationResult(registrations.Select(r => new GroupMemberResult(r.Key, r.Email, r.Status, r.Position)).ToList());
    }

    private async Task PlaceGroupAsync(Seminar seminar, List<SeminarRegistration> registrations)
    {
        var places = await SeminarPlaces.ReadAsync(db, seminar, registrations.Select(r => r.Email).ToList());
        for (var i = 0; i < registrations.Count; i++)
        {
            if (await places.AssignAsync(registrations[i]) is { } refusal)
            {
                db.ChangeTracker.Clear();
                throw refusal is ConflictException { Details: var details } && Equals(details.GetValueOrDefault("reason"), "duplicate")
                    ? new ConflictException($"Person {i + 1} in the list is already registered for the seminar.",
                        new Dictionary<string, object?> { ["reason"] = "duplicate", ["member"] = i })
                    : refusal;
            }

            db.SeminarRegistrations.Add(registrations[i]);
            mailer.Send(RegistrationMail.KindOf(registrations[i].Status), registrations[i], seminar, registrations[i].CreatedAt);
        }
    }

    private async Task SaveGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw RegistrationService.Duplicate();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task CheckGroupFitsAsync(Seminar seminar, int size, CancellationToken cancellationToken)
    {
        if (seminar.WaitingList)
        {
            return;
        }

        var taken = await db.SeminarRegistrations.CountAsync(r => r.SeminarKey == seminar.Key && SeminarCatalog.HoldingSeat.Contains(r.Status), cancellationToken);
        var left = Math.Max(0, seminar.Capacity - taken);
        if (left < size)
        {
            throw new ConflictException($"Only {left} seats are left and the seminar has no waiting list.",
                new Dictionary<string, object?> { ["reason"] = "full", ["seatsLeft"] = left });
        }
    }
}
