using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Takes registrations. Seats are counted and taken inside one transaction holding the seminar's lock, so capacity is
/// never exceeded however many arrive at once; the e-mail is written to the outbox in the same transaction.
/// Registrations arriving together share that transaction (<see cref="RegistrationQueue"/>); a coordinator's group is
/// <see cref="GroupRegistrationService"/>.
/// </summary>
public sealed class RegistrationService(
    HedershusDbContext db,
    RegistrationIntake intake,
    SeminarLock seminarLock,
    RegistrationQueue queue,
    SqliteWriterGate writerGate,
    RegistrationMailer mailer,
    OutboxSignal outboxSignal,
    CultureCatalog cultures)
{
    public async Task<RegistrationResult> RegisterAsync(Guid seminarKey, RegistrationRequest request, CancellationToken cancellationToken)
    {
        var (seminar, language) = intake.Find(seminarKey, request.Language);
        RegistrationRules.Check(request, seminar, cultures);
        intake.CheckOpen(seminar);
        await intake.CheckEligibleAsync(seminar, [request.Email!], cancellationToken);

        var registration = await queue.TakeAsync(seminar, intake.NewRegistration(seminar, request, language), ServeAsync);
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
        using (await writerGate.EnterAsync(CancellationToken.None))
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

    internal static ConflictException Duplicate() =>
        new("This e-mail address is already registered for the seminar.", new Dictionary<string, object?> { ["reason"] = "duplicate" });

}
