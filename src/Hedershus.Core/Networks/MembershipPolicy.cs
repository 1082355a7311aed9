namespace Hedershus.Core.Networks;

/// <summary>How someone becomes a member of a network (the network's "membershipPolicy" property).</summary>
public enum MembershipPolicy
{
    /// <summary>A confirmed e-mail address makes a member.</summary>
    Open,

    /// <summary>A coordinator approves each confirmed request.</summary>
    Approval,

    /// <summary>Only coordinators add members, by invitation.</summary>
    Invitation,
}
