using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Mail;

/// <summary>
/// A batch of outbox rows one delivery run holds: claimed by one conditional update that stamps them with this
/// run's token, so only one run (on any node) can hold a row, then read back by that token. The claim lasts until
/// <see cref="ClaimedUntil"/>; a run that dies leaves its rows to be claimed again after that.
/// </summary>
internal sealed class OutboxClaim
{
    private readonly HedershusDbContext _db;
    private readonly SqliteWriterGate _writerGate;

    private OutboxClaim(HedershusDbContext db, SqliteWriterGate writerGate, Guid token, DateTime claimedUntil, IReadOnlyList<OutboxMessage> messages)
    {
        _db = db;
        _writerGate = writerGate;
        Token = token;
        ClaimedUntil = claimedUntil;
        Messages = messages;
    }

    public Guid Token { get; }

    public DateTime ClaimedUntil { get; }

    /// <summary>The claimed rows in the order they were written.</summary>
    public IReadOnlyList<OutboxMessage> Messages { get; }

    /// <summary>
    /// Claims up to <paramref name="size"/> due rows, oldest first. Two runs racing for the same rows: the database
    /// re-checks the due condition on each row as it updates it, so the loser gets none of them and tries the next ones.
    /// </summary>
    public static async Task<OutboxClaim?> TakeAsync(HedershusDbContext db, SqliteWriterGate writerGate, int size, DateTime now, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var claimedUntil = now + timeout;
        while (true)
        {
            var oldestDue = Due(db, now).OrderBy(m => m.Id).Select(m => m.Id).Take(size);
            int claimed;
            using (await writerGate.EnterAsync(cancellationToken))
            {
                claimed = await Due(db, now).Where(m => oldestDue.Contains(m.Id)).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                        .SetProperty(m => m.ClaimedUntil, claimedUntil)
                        .SetProperty(m => m.ClaimToken, token)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                    cancellationToken);
            }

            if (claimed > 0)
            {
                var messages = await db.MailOutbox.AsNoTracking()
                    .Where(m => m.Status == OutboxStatus.Sending && m.ClaimToken == token)
                    .OrderBy(m => m.Id).ToListAsync(cancellationToken);
                return new OutboxClaim(db, writerGate, token, claimedUntil, messages);
            }

            if (!await Due(db, now).AnyAsync(cancellationToken))
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Gives rows back untouched (pending, the claim's attempt not counted) if this claim still holds them: for a
    /// graceful stop, or when too little of the claim is left to start another SMTP conversation safely.
    /// </summary>
    public async Task ReleaseAsync(IEnumerable<OutboxMessage> messages)
    {
        var ids = messages.Select(m => m.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        using var turn = await _writerGate.EnterAsync(CancellationToken.None);
        await _db.MailOutbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Sending && m.ClaimToken == Token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts - 1),
                CancellationToken.None);
    }

    /// <summary>Pending and due, or claimed by a sender whose claim ran out without marking the message sent.</summary>
    private static IQueryable<OutboxMessage> Due(HedershusDbContext db, DateTime now) =>
        db.MailOutbox.Where(m =>
            (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) ||
            (m.Status == OutboxStatus.Sending && m.ClaimedUntil <= now));
}
