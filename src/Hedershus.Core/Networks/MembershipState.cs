namespace Hedershus.Core.Networks;

/// <summary>Where a membership stands. Requested → (e-mail confirmed) confirmed → (approved) active; open networks skip confirmed.</summary>
public enum MembershipState
{
    /// <summary>Asked to join (or invited); the e-mail address is not confirmed yet.</summary>
    Requested,

    /// <summary>E-mail confirmed; waiting for a coordinator's approval.</summary>
    Confirmed,
    Active,
    Rejected,

    /// <summary>The member left on their own.</summary>
    Left,

    /// <summary>A coordinator removed the member.</summary>
    Removed,
}
