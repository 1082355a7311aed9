namespace Hedershus.Core.Seminars;

/// <summary>One person's registration for one seminar. Personal data: kept only as long as the retention setting says.</summary>
public sealed class SeminarRegistration
{
    public long Id { get; set; }

    /// <summary>The public id the API answers with.</summary>
    public Guid Key { get; set; }

    public Guid SeminarKey { get; set; }

    /// <summary>Trimmed and lower-cased, so the unique index sees one person once.</summary>
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? Municipality { get; set; }
    public string? Role { get; set; }

    /// <summary>Answers to the seminar's custom questions as a JSON object keyed by question alias.</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The culture the registrant used; their e-mail is written in it.</summary>
    public string Language { get; set; } = "sv";

    public RegistrationStatus Status { get; set; }

    /// <summary>Place in the waiting-list order (1 = first in line); unique per seminar, null for those who got a seat at once.</summary>
    public int? Position { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    /// <summary>The seminar's name in the registrant's language when they registered, for mail after it is unpublished.</summary>
    public string SeminarName { get; set; } = "";

    /// <summary>When the seminar ends as last seen; retention counts from here.</summary>
    public DateTime? SeminarEndsAt { get; set; }

    /// <summary>Time and place as last told to the registrant; a different value means they must hear of the change.</summary>
    public string NoticeFingerprint { get; set; } = "";

    /// <summary>While <see cref="RegistrationStatus.Offered"/>: when the offer lapses and the seat goes to the next in line.</summary>
    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>Marked by staff after the seminar: true attended, false did not come, null not recorded.</summary>
    public bool? Attended { get; set; }

    public DateTime? ReminderSentAt { get; set; }
    public DateTime? EvaluationSentAt { get; set; }

    /// <summary>Set when the personal data was removed (retention or erasure); the row stays for anonymous counts.</summary>
    public DateTime? AnonymisedAt { get; set; }
}

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,

    /// <summary>Waiting for staff approval; holds a seat meanwhile.</summary>
    PendingApproval,

    /// <summary>Offered a freed seat from the waiting list; holds it until the offer expires.</summary>
    Offered,
    Cancelled,
}
