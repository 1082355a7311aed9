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
/// Registrations arriving together share that transaction (<see cref="RegistrationQueue"/>).
/// </summary>
public sealed class RegistrationService(
    HedershusDbContext db,
    SeminarCatalog catalog,
    SeminarLock seminarLock,
    RegistrationQueue queue,
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
        await CheckEligibleAsync(seminar, [request.Email!], cancellationToken);

        var registration = await queue.TakeAsync(seminar, NewRegistration(seminar, request, language), ServeAsync);
        outboxSignal.Written();
        return new RegistrationResult(registration.Key, registration.Status, registration.Position);
    }

    /// <summary>
    /// Saves a batch from the <see cref="RegistrationQueue"/> in one transaction under the seminar's lock. The batch
    /// serves other people's requests too, so it does not stop when this caller gives up. If the database refuses the
    /// batch, each registration is tried alone, so one bad row cannot fail its neighbours.
    /// </summary>
    private async Task ServeAsync(IReadOnlyList<RegistrationQueue.Item> batch)
    {
        try
        {
            await TakePlacesAsync(batch);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            db.ChangeTracker.Clear();
            foreach (var item in batch.Where(i => !i.IsDone))
            {
                await ServeAsync([item]);
            }
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            batch[0].Fail(Duplicate());
        }
    }

    private async Task TakePlacesAsync(IReadOnlyList<RegistrationQueue.Item> batch)
    {
        var seminarKey = batch[0].Seminar.Key;
        var placed = new List<RegistrationQueue.Item>();
        using (await seminarLock.WaitLocalAsync(seminarKey, CancellationToken.None))
        await using (var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None))
        {
            var places = await SeminarPlaces.EnterAndReadAsync(db, seminarLock, batch[0].Seminar, batch.Select(i => i.Registration.Email).ToList());
            foreach (var item in batch)
            {
                if (await places.AssignAsync(item.Registration) is { } refusal)
                {
                    item.Fail(refusal);
                    continue;
                }

                db.SeminarRegistrations.Add(item.Registration);
                mailer.Send(RegistrationMail.KindOf(item.Registration.Status), item.Registration, item.Seminar, item.Registration.CreatedAt);
                placed.Add(item);
            }

            await SaveBatchAsync();
            await transaction.CommitAsync(CancellationToken.None);
        }

        db.ChangeTracker.Clear();
        placed.ForEach(i => i.Succeed());
    }

    /// <summary>
    /// Saves the batch's new rows with less work under the lock. A refused batch is rolled back whole and retried one by
    /// one (<see cref="ServeAsync"/>), so the savepoint EF Core would set around the save inside our transaction buys
    /// nothing and costs two round trips. Every row is new and complete when added (the token reaches its registration
    /// through the navigation set before it is added), so scanning the tracked rows for changes finds nothing.
    /// </summary>
    private async Task SaveBatchAsync()
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
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
        await CheckEligibleAsync(seminar, members.Select(m => m.Email!).ToList(), cancellationToken);

        var registrations = members.Select(member => NewRegistration(seminar, member, language)).ToList();
        using (await seminarLock.WaitLocalAsync(seminarKey, cancellationToken))
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
            throw Duplicate();
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

    private void CheckOpen(Seminar seminar)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closes = new[] { seminar.RegistrationCloses, seminar.Begins }.Where(d => d is not null).Min();
        if (seminar.Capacity <= 0 || (seminar.RegistrationOpens is { } opens && now < opens) || (closes is { } end && now >= end))
        {
            throw new ConflictException("Registration for this seminar is closed.", new Dictionary<string, object?> { ["reason"] = "closed" });
        }

    }

    /// <summary>A seminar for network members takes only addresses that are active members (of its network, when it names one).</summary>
    private async Task CheckEligibleAsync(Seminar seminar, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        if (seminar.Eligibility != "networkMembers")
        {
            return;
        }

        var addresses = emails.Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        var members = await db.NetworkMemberships.AsNoTracking()
            .Where(m => addresses.Contains(m.Email) && m.State == Networks.MembershipState.Active && (seminar.Network == null || m.NetworkKey == seminar.Network))
            .Select(m => m.Email).Distinct().CountAsync(cancellationToken);
        if (members < addresses.Count)
        {
            throw new ConflictException("Only active members of the seminar's network may register.", new Dictionary<string, object?> { ["reason"] = "membersOnly" });
        }
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

    internal static ConflictException Duplicate() =>
        new("This e-mail address is already registered for the seminar.", new Dictionary<string, object?> { ["reason"] = "duplicate" });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
