using System.Globalization;
using System.Text;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks;

/// <summary>
/// What network coordinators do: the request queue, approve, reject with a reason, invite, remove, export. Each call
/// first asks <see cref="NetworkAccess"/> whether the actor manages the network concerned (403 otherwise).
/// </summary>
public sealed class CoordinatorService(
    HedershusDbContext db, NetworkAccess access, MembershipService memberships, MembershipMailer mailer, OutboxSignal outboxSignal,
    CultureCatalog cultures, TimeProvider clock)
{
    /// <summary>Memberships of a network, optionally in one state (the queue is state confirmed).</summary>
    public async Task<IReadOnlyList<MembershipView>> ListAsync(Guid networkKey, MembershipState? state, CancellationToken cancellationToken)
    {
        access.Require(networkKey);
        return (await db.Set<NetworkMembership>().AsNoTracking()
            .Where(m => m.NetworkKey == networkKey && (state == null || m.State == state))
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken)).Select(MembershipView.Of).ToList();
    }

    public Task<MembershipView> ApproveAsync(Guid membershipKey, CancellationToken cancellationToken) =>
        ChangeAsync(membershipKey, [MembershipState.Confirmed], (m, now) => memberships.Activate(m, now), cancellationToken);

    public Task<MembershipView> RejectAsync(Guid membershipKey, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(membershipKey, [MembershipState.Requested, MembershipState.Confirmed], (m, now) =>
        {
            m.State = MembershipState.Rejected;
            m.Reason = Trimmed(reason, "reason");
            m.ConfirmTokenHash = null;
            m.EndedAt = now;
            mailer.SendRejected(m);
        }, cancellationToken);

    public Task<MembershipView> RemoveAsync(Guid membershipKey, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(membershipKey, [MembershipState.Active], (m, now) =>
        {
            m.State = MembershipState.Removed;
            m.Reason = Trimmed(reason, "reason");
            m.EndedAt = now;
        }, cancellationToken);

    /// <summary>Invites an address: it gets a link, and confirming it makes a member without approval.</summary>
    public async Task<MembershipView> InviteAsync(Guid networkKey, string? email, string? name, string? language, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(email))
        {
            throw new InputValidationException("email", "Not an e-mail address.");
        }

        var lang = cultures.Normalize(language) ?? cultures.Default;
        var network = access.Require(networkKey, lang);
        var address = EmailAddress.Normalize(email!);
        var membership = await db.Set<NetworkMembership>().SingleOrDefaultAsync(m => m.NetworkKey == networkKey && m.Email == address, cancellationToken);
        if (membership is { State: MembershipState.Active or MembershipState.Confirmed })
        {
            throw new ConflictException("This address is already a member or waiting for approval.", MembershipService.Reason("duplicate"));
        }

        membership ??= db.Add(new NetworkMembership { Key = Guid.NewGuid(), NetworkKey = networkKey, Email = address }).Entity;
        (membership.NetworkName, membership.Name, membership.Language) = (network.Name, Trimmed(name, "name") ?? "", lang);
        (membership.State, membership.Invited, membership.Reason, membership.EndedAt) = (MembershipState.Requested, true, null, null);
        membership.CreatedAt = clock.GetUtcNow().UtcDateTime;
        mailer.SendConfirmation(membership, network.Name);
        await SaveAsync(cancellationToken);
        return MembershipView.Of(membership);
    }

    /// <summary>Active members as CSV (UTF-8 with BOM, so Excel reads å, ä, ö), one row per member.</summary>
    public async Task<byte[]> ExportCsvAsync(Guid networkKey, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(networkKey, MembershipState.Active, cancellationToken);
        var csv = new StringBuilder("name;email;organisation;organisationType;municipality;role;memberSince\r\n");
        foreach (var m in rows)
        {
            csv.AppendJoin(';', new[] { m.Name, m.Email, m.Organisation, m.OrganisationType, m.Municipality, m.Role,
                m.ActivatedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private async Task<MembershipView> ChangeAsync(Guid key, MembershipState[] from, Action<NetworkMembership, DateTime> change, CancellationToken cancellationToken)
    {
        var membership = await db.Set<NetworkMembership>().SingleOrDefaultAsync(m => m.Key == key, cancellationToken)
            ?? throw new NotFoundException($"No membership has id {key}.");
        access.Require(membership.NetworkKey);
        if (!from.Contains(membership.State))
        {
            throw new ConflictException($"The membership is {membership.State.ToString().ToLowerInvariant()}.", MembershipService.Reason("state"));
        }

        change(membership, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(cancellationToken);
        return MembershipView.Of(membership);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        outboxSignal.Written();
    }

    private static string? Trimmed(string? value, string field) =>
        value is not null && value.Trim().Length > 1000 ? throw new InputValidationException(field, "At most 1000 characters.")
        : string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Quotes a cell and defuses spreadsheet formulas: a cell starting with = + - @ (or tab, carriage return, | or %,
    /// which some programs read the same way, OWASP's list) gets a leading apostrophe.
    /// </summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '|' or '%')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
