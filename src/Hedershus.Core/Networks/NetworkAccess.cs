using Hedershus.Core.Common;
using Hedershus.Core.Identity;

namespace Hedershus.Core.Networks;

/// <summary>
/// Which networks the acting backoffice user may see and manage: Administrators (and automation, which acts as one)
/// every network; a Network coordinator only the networks whose <c>coordinators</c> property lists their address.
/// Every coordinator endpoint asks here, so the rule is enforced on the server whatever the module shows.
/// </summary>
public sealed class NetworkAccess(ICurrentActor actor, NetworkCatalog networks, CultureCatalog cultures)
{
    public bool SeesAll => actor.Current.IsInRole(BackofficeRoles.Administrators);

    public bool MayManage(Network network)
    {
        var current = actor.Current;
        if (SeesAll)
        {
            return true;
        }

        var address = EmailAddress.Normalize(current.Name);
        return current.IsInRole(BackofficeRoles.NetworkCoordinators)
            && network.Coordinators.Any(c => EmailAddress.Normalize(c) == address);
    }

    /// <summary>The networks the actor may manage, read in <paramref name="culture"/>.</summary>
    public IReadOnlyList<Network> Managed(string culture) => networks.List(culture).Where(MayManage).ToList();

    /// <summary>The network, when it is published and the actor may manage it; otherwise 404 or 403.</summary>
    public Network Require(Guid networkKey, string? culture = null)
    {
        var network = networks.Find(networkKey, culture ?? cultures.Default) ?? throw new NotFoundException($"No published network has id {networkKey}.");
        return MayManage(network) ? network : throw new ForbiddenException("You are not a coordinator of this network.");
    }
}
