using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Takes registrations. Seats are counted and taken inside one transaction holding the seminar's lock, so capacity is
/// never exceeded however many arrive at once; the e-mail is written to the outbox in the same transaction.
/// </summary>
public sealed class RegistrationService(
    HedershusDbContext db,
    SeminarCatalog catalog,
    SeminarLock seminarLock,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures,
    TimeProvider clock,
    IOptions<SeminarOptions> options)
{
    public async Task<RegistrationResult> RegisterAsync(Guid seminarKey, RegistrationRequest request, CancellationToken cancellationToken)
    {
        var language = cultures.Normalize(request.Language) ?? cultures.Default;
        var seminar = catalog.Find(seminarKey, language) ?? throw new NotFoundException($"No published seminar has id {seminarKey}.");
        RegistrationRules.Check(request, seminar, cultures);
        CheckOpen(seminar);

        SeminarRegistration registration;
        using (await seminarLock.WaitLocalAsync(seminarKey, cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await seminarLock.EnterAsync(db, seminarKey, cancellationToken);
            registration = await TakePlaceAsync(seminar, NewRegistration(seminar, request, language), cancellationToken);
            db.SeminarRegistrations.Add(registration);
            mailer.Send(RegistrationMail.KindOf(registration.Status), registration, seminar, registration.CreatedAt);
            await SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        outboxSignal.Written();
        return new RegistrationResult(registration.Key, registration.Status, registration.Position);
    }

    /// <summary>
    /// Registers a coordinator's colleagues in one transaction under the seminar's lock. Seats go to the people in the
    /// order listed and whoever does not fit joins the waiting list in that order, each with a registration, a link
    /// and e-mail of their own. Without a waiting list a group that does not fit whole is refused whole, so the
    /// coordinator decides who goes. Any duplicate refuses the whole group; nothing is half-stored.
    /// </summary>
    public async Task<GroupRegistrationResult> RegisterGroupAsync(Guid seminarKey, GroupRegistrationRequest request, CancellationToken cancellationToken)
    {
        var language = cultures.Normalize(request.Language) ?? cultures.Default;
        var seminar = catalog.Find(seminarKey, language) ?? throw new NotFoundException($"No published seminar has id {seminarKey}.");
        var members = GroupRegistrationRules.Expand(request, seminar, cultures, options.Value.MaxGroupSize);
        CheckOpen(seminar);

        var registrations = new List<SeminarRegistration>();
        using (await seminarLock.WaitLocalAsync(seminarKey, cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await seminarLock.EnterAsync(db, seminarKey, cancellationToken);
            await CheckGroupFitsAsync(seminar, members.Count, cancellationToken);
            for (var i = 0; i < members.Count; i++)
            {
                // Saved one by one inside the transaction, so each next person's count and place see the ones before.
                registrations.Add(await AddMemberAsync(seminar, members[i], language, i, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        outboxSignal.Written();
        return new GroupRegistrationResult(registrations.Select(r => new GroupMemberResult(r.Key, r.Email, r.Status, r.Position)).ToList());
    }

    private async Task<SeminarRegistration> AddMemberAsync(Seminar seminar, RegistrationRequest member, string language, int index, CancellationToken cancellationToken)
    {
        try
        {
            var registration = await TakePlaceAsync(seminar, NewRegistration(seminar, member, language), cancellationToken);
            db.SeminarRegistrations.Add(registration);
            mailer.Send(RegistrationMail.KindOf(registration.Status), registration, seminar, registration.CreatedAt);
            await SaveAsync(cancellationToken);
            return registration;
        }
        catch (ConflictException e) when (Equals(e.Details.GetValueOrDefault("reason"), "duplicate"))
        {
            db.ChangeTracker.Clear();
            throw new ConflictException($"Person {index + 1} in the list is already registered for the seminar.",
                new Dictionary<string, object?> { ["reason"] = "duplicate", ["member"] = index });
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

    private void CheckOpen(Seminar seminar)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closes = new[] { seminar.RegistrationCloses, seminar.Begins }.Where(d => d is not null).Min();
        if (seminar.Capacity <= 0 || (seminar.RegistrationOpens is { } opens && now < opens) || (closes is { } end && now >= end))
        {
            throw new ConflictException("Registration for this seminar is closed.", new Dictionary<string, object?> { ["reason"] = "closed" });
        }

        if (seminar.Eligibility == "networkMembers")
        {
            throw new ConflictException("Only members of the seminar's networks may register.", new Dictionary<string, object?> { ["reason"] = "membersOnly" });
        }
    }

    private async Task<SeminarRegistration> TakePlaceAsync(Seminar seminar, SeminarRegistration registration, CancellationToken cancellationToken)
    {
        var active = db.SeminarRegistrations.Where(r => r.SeminarKey == seminar.Key && r.Status != RegistrationStatus.Cancelled);
        if (await active.AnyAsync(r => r.Email == registration.Email, cancellationToken))
        {
            throw Duplicate();
        }

        var taken = await active.CountAsync(r => SeminarCatalog.HoldingSeat.Contains(r.Status), cancellationToken);
        if (taken < seminar.Capacity)
        {
            registration.Status = seminar.ApprovalRequired ? RegistrationStatus.PendingApproval : RegistrationStatus.Confirmed;
            return registration;
        }

        if (!seminar.WaitingList)
        {
            throw new ConflictException("The seminar is full and has no waiting list.", new Dictionary<string, object?> { ["reason"] = "full" });
        }

        var last = await db.SeminarRegistrations.Where(r => r.SeminarKey == seminar.Key).MaxAsync(r => r.Position, cancellationToken);
        registration.Status = RegistrationStatus.Waitlisted;
        registration.Position = (last ?? 0) + 1;
        return registration;
    }

    private SeminarRegistration NewRegistration(Seminar seminar, RegistrationRequest request, string language) => new()
    {
        Key = Guid.NewGuid(),
        SeminarKey = seminar.Key,
        SeminarName = seminar.Name,
        SeminarEndsAt = seminar.Ends,
        NoticeFingerprint = SeminarFingerprint.Of(seminar),
        Email = request.Email!.Trim().ToLowerInvariant(),
        Name = request.Name!.Trim(),
        Organisation = Blank(request.Organisation),
        OrganisationType = Blank(request.OrganisationType)?.ToLowerInvariant(),
        Municipality = Blank(request.Municipality),
        Role = Blank(request.Role),
        AnswersJson = JsonSerializer.Serialize(request.Answers ?? []),
        Language = language,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>The unique index is the last word on duplicates; its violation means the same as the check above.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw Duplicate();
        }
    }

    private static ConflictException Duplicate() =>
        new("This e-mail address is already registered for the seminar.", new Dictionary<string, object?> { ["reason"] = "duplicate" });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
