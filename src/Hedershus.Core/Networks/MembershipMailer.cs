using Hedershus.Core.Common;
using Hedershus.Core.Mail;
using Hedershus.Core.Members;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Networks;

/// <summary>Stages membership e-mail in the outbox as part of the caller's unit of work, in the member's language.</summary>
public sealed class MembershipMailer(Outbox outbox, MemberLinks links, TimeProvider clock, IOptions<MemberOptions> options)
{
    /// <summary>A fresh confirmation link (the clear token exists only in the message) and the message carrying it.</summary>
    public void SendConfirmation(NetworkMembership membership, string networkName)
    {
        var token = SecretTokens.New();
        membership.ConfirmTokenHash = SecretTokens.Hash(token);
        membership.ConfirmTokenExpiresAt = clock.GetUtcNow().UtcDateTime.AddHours(options.Value.ConfirmationHours);
        outbox.Add(MemberMail.Confirm(membership.Email, membership.Language, networkName, links.ConfirmMembership(token), membership.Invited));
    }

    /// <summary>
    /// To an address that asked to join again: still unconfirmed, a fresh link; waiting for a coordinator, the same
    /// note as after confirming; a member, a reminder to sign in; otherwise a note that nothing changed.
    /// </summary>
    public void SendAlreadyKnown(NetworkMembership membership, string networkName)
    {
        switch (membership.State)
        {
            case MembershipState.Requested:
                SendConfirmation(membership, networkName);
                break;
            case MembershipState.Confirmed:
                SendAwaiting(membership);
                break;
            case MembershipState.Active:
                outbox.Add(MemberMail.AlreadyMember(membership.Email, membership.Language, networkName, links.SignIn(membership.Language)));
                break;
            default:
                outbox.Add(MemberMail.AlreadyAsked(membership.Email, membership.Language, networkName));
                break;
        }
    }

    public void SendAwaiting(NetworkMembership membership) =>
        outbox.Add(MemberMail.Awaiting(membership.Email, membership.Language, membership.NetworkName));

    /// <summary>Each coordinator of the network (valid addresses only, once each) hears that a request waits, in Swedish.</summary>
    public void SendToCoordinators(Network network)
    {
        foreach (var address in network.Coordinators.Where(EmailAddress.IsValid).Select(EmailAddress.Normalize).Distinct())
        {
            outbox.Add(MemberMail.CoordinatorAwaiting(address, "sv", network.Name, links.StaffNetwork(network.Key)));
        }
    }

    public void SendWelcome(NetworkMembership membership) =>
        outbox.Add(MemberMail.Welcome(membership.Email, membership.Language, membership.NetworkName, links.SignIn(membership.Language)));

    public void SendRejected(NetworkMembership membership) =>
        outbox.Add(MemberMail.Rejected(membership.Email, membership.Language, membership.NetworkName, membership.Reason));
}
