using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Networks;

/// <summary>
/// Joining and leaving networks. Joining is double opt-in: the request only sends a confirmation link, and only the
/// POST behind that link's button confirms the address. Then an open network (or an invitation) makes a member at
/// once; an approval network waits for a coordinator. Each change and its e-mail are saved together.
/// </summary>
public sealed class MembershipService(
    HedershusDbContext db, NetworkCatalog networks, MembershipMailer mailer, OutboxSignal outboxSignal, CultureCatalog cultures, TimeProvider clock)
{
    /// <summary>
    /// Asks to join. An address that already has a request or a membership here changes nothing but gets a message
    /// saying so (a fresh confirmation link while it is unconfirmed), so the caller's answer and the work done are the
    /// same as for a new address: nobody learns from the answer whether an address is known.
    /// </summary>
    public async Task JoinAsync(Guid networkKey, JoinRequest request, CancellationToken cancellationToken)
    {
        request.Check();
        var language = cultures.Normalize(request.Language) ?? cultures.Default;
        var network = networks.Find(networkKey, language) ?? throw new NotFoundException($"No published network has id {networkKey}.");
        if (network.Policy == MembershipPolicy.Invitation)
        {
            throw new ConflictException("This network takes members by invitation only.", Reason("invitationOnly"));
        }

        var email = EmailAddress.Normalize(request.Email!);
        var membership = await db.Set<NetworkMembership>().SingleOrDefaultAsync(m => m.NetworkKey == networkKey && m.Email == email, cancellationToken);
        if (membership is not null && membership.State != MembershipState.Left)
        {
            mailer.SendAlreadyKnown(membership, network.Name);
        }
        else
        {
            membership ??= db.Add(new NetworkMembership { Key = Guid.NewGuid(), NetworkKey = networkKey, Email = email }).Entity;
            Fill(membership, request, network, language);
            mailer.SendConfirmation(membership, network.Name);
        }

        try
        {
            await SaveAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // The same address asked twice at the same moment: the other request wrote the membership and its message.
        }
    }

    /// <summary>The membership a confirmation link belongs to, without changing it (what the link's page shows).</summary>
    public async Task<MembershipView> FindByTokenAsync(string? token, CancellationToken cancellationToken) =>
        MembershipView.Of(await ByTokenAsync(token, cancellationToken));

    /// <summary>Confirms the address behind the link; the link then stops working.</summary>
    public async Task<MembershipView> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var membership = await ByTokenAsync(token, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var network = networks.Find(membership.NetworkKey, membership.Language)
            ?? throw new NotFoundException("The network is no longer published.");
        membership.ConfirmTokenHash = null;
        membership.ConfirmTokenExpiresAt = null;
        membership.ConfirmedAt = now;
        if (membership.Invited || network.Policy == MembershipPolicy.Open)
        {
            Activate(membership, now);
        }
        else
        {
            membership.State = MembershipState.Confirmed;
            mailer.SendAwaiting(membership);
            mailer.SendToCoordinators(network);
        }

        await SaveAsync(cancellationToken);
        return MembershipView.Of(membership);
    }

    public async Task<IReadOnlyList<MembershipView>> ForEmailAsync(string email, CancellationToken cancellationToken) =>
        (await db.Set<NetworkMembership>().AsNoTracking().Where(m => m.Email == email).OrderBy(m => m.NetworkName).ToListAsync(cancellationToken))
            .Select(MembershipView.Of).ToList();

    /// <summary>The networks <paramref name="email"/> is an active member of.</summary>
    public async Task<IReadOnlySet<Guid>> ActiveNetworksAsync(string email, CancellationToken cancellationToken) =>
        (await db.Set<NetworkMembership>().AsNoTracking().Where(m => m.Email == email && m.State == MembershipState.Active)
            .Select(m => m.NetworkKey).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Leaves a network; leaving one you are not in (any more) is a <see cref="NotFoundException"/>.</summary>
    public async Task LeaveAsync(string email, Guid networkKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var left = await db.Set<NetworkMembership>()
            .Where(m => m.Email == email && m.NetworkKey == networkKey
                && (m.State == MembershipState.Active || m.State == MembershipState.Confirmed || m.State == MembershipState.Requested))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MembershipState.Left).SetProperty(m => m.EndedAt, now)
                .SetProperty(m => m.ConfirmTokenHash, (string?)null), cancellationToken);
        if (left == 0)
        {
            throw new NotFoundException("You are not a member of that network.");
        }
    }

    internal void Activate(NetworkMembership membership, DateTime now)
    {
        membership.State = MembershipState.Active;
        membership.ActivatedAt = now;
        mailer.SendWelcome(membership);
    }

    private async Task<NetworkMembership> ByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretTokens.LooksValid(token) ? SecretTokens.Hash(token!) : null;
        return (hash is null ? null : await db.Set<NetworkMembership>()
                .SingleOrDefaultAsync(m => m.ConfirmTokenHash == hash && m.ConfirmTokenExpiresAt > now && m.State == MembershipState.Requested, cancellationToken))
            ?? throw new NotFoundException("The confirmation link is unknown, used or expired.");
    }

    private void Fill(NetworkMembership membership, JoinRequest request, Network network, string language)
    {
        membership.NetworkName = network.Name;
        membership.Name = request.Name!.Trim();
        membership.Organisation = Blank(request.Organisation);
        membership.OrganisationType = Blank(request.OrganisationType)?.ToLowerInvariant();
        membership.Municipality = Blank(request.Municipality);
        membership.Role = Blank(request.Role);
        membership.Language = language;
        membership.State = MembershipState.Requested;
        membership.Invited = false;
        membership.Reason = null;
        membership.EndedAt = null;
        membership.CreatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("This e-mail address has already asked to join the network.", Reason("duplicate"));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        outboxSignal.Written();
    }

    internal static Dictionary<string, object?> Reason(string reason) => new() { ["reason"] = reason };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
