using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>
/// The seats of one seminar as seen inside its lock, for giving places to a batch of registrations in order: a seat
/// while there is one (pending when approval is required), otherwise the next place on the waiting list.
/// </summary>
internal sealed class SeminarPlaces
{
    private readonly HedershusDbContext _db;
    private readonly Seminar _seminar;
    private readonly HashSet<string> _activeEmails;
    private int _seatsTaken;
    private int? _lastPosition;

    private SeminarPlaces(HedershusDbContext db, Seminar seminar, HashSet<string> activeEmails, int seatsTaken)
    {
        _db = db;
        _seminar = seminar;
        _activeEmails = activeEmails;
        _seatsTaken = seatsTaken;
    }

    /// <summary>Reads the seats taken and which of <paramref name="emails"/> already hold an active registration.</summary>
    public static async Task<SeminarPlaces> ReadAsync(HedershusDbContext db, Seminar seminar, List<string> emails)
    {
        var active = db.SeminarRegistrations.Where(r => r.SeminarKey == seminar.Key && r.Status != RegistrationStatus.Cancelled);
        var registered = await active.Where(r => emails.Contains(r.Email)).Select(r => r.Email).ToListAsync();
        var taken = await active.CountAsync(r => SeminarCatalog.HoldingSeat.Contains(r.Status));
        return new SeminarPlaces(db, seminar, new HashSet<string>(registered, StringComparer.Ordinal), taken);
    }

    /// <summary>
    /// Takes the seminar's lock in the open transaction and then reads as <see cref="ReadAsync"/> does. On PostgreSQL
    /// the lock and the reads travel in one round trip (<see cref="SeminarPlacesBatch"/>), which shortens the time the
    /// lock is held under load; the reads still run after the lock is granted and see everything committed before it.
    /// </summary>
    public static async Task<SeminarPlaces> EnterAndReadAsync(HedershusDbContext db, SeminarLock seminarLock, Seminar seminar, List<string> emails)
    {
        if (!seminarLock.TakesDatabaseLock)
        {
            await seminarLock.EnterAsync(db, seminar.Key, CancellationToken.None);
            return await ReadAsync(db, seminar, emails);
        }

        var read = await SeminarPlacesBatch.LockAndReadAsync(db, seminar.Key, emails);
        return new SeminarPlaces(db, seminar, read.Registered, read.SeatsTaken) { _lastPosition = read.LastPosition };
    }

    /// <summary>Gives <paramref name="registration"/> its status and place, or returns why it cannot have one.</summary>
    public async Task<Exception?> AssignAsync(SeminarRegistration registration)
    {
        if (!_activeEmails.Add(registration.Email))
        {
            return RegistrationService.Duplicate();
        }

        if (_seatsTaken < _seminar.Capacity)
        {
            _seatsTaken++;
            registration.Position = null;
            registration.Status = _seminar.ApprovalRequired ? RegistrationStatus.PendingApproval : RegistrationStatus.Confirmed;
            return null;
        }

        if (!_seminar.WaitingList)
        {
            _activeEmails.Remove(registration.Email);
            return new Common.ConflictException("The seminar is full and has no waiting list.", new Dictionary<string, object?> { ["reason"] = "full" });
        }

        _lastPosition ??= await _db.SeminarRegistrations.Where(r => r.SeminarKey == _seminar.Key).MaxAsync(r => r.Position) ?? 0;
        registration.Status = RegistrationStatus.Waitlisted;
        registration.Position = ++_lastPosition;
        return null;
    }
}
