namespace Hedershus.Core.Networks;

/// <summary>One person's membership of one network, keyed by e-mail address (one row per network and address).</summary>
public sealed class NetworkMembership
{
    public long Id { get; set; }

    /// <summary>The public id of the membership (in the API and the staff module).</summary>
    public Guid Key { get; set; }
    public Guid NetworkKey { get; set; }
    public string NetworkName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? Municipality { get; set; }
    public string? Role { get; set; }
    public string Language { get; set; } = "sv";
    public MembershipState State { get; set; }

    /// <summary>A coordinator invited this person: confirming the address makes them active without approval.</summary>
    public bool Invited { get; set; }

    /// <summary>SHA-256 of the confirmation link's token while confirmation is pending; cleared once used.</summary>
    public string? ConfirmTokenHash { get; set; }
    public DateTime? ConfirmTokenExpiresAt { get; set; }

    /// <summary>Why a coordinator rejected or removed the membership (told to the person).</summary>
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? ActivatedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
