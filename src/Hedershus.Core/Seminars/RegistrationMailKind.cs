namespace Hedershus.Core.Seminars;

/// <summary>The e-mails a registration can cause.</summary>
public enum RegistrationMailKind
{
    Confirmed,
    Waitlisted,
    PendingApproval,
    Offer,
    Cancelled,
    Reminder,
    Changed,
    Withdrawn,
    Evaluation,

    /// <summary>Staff declined a registration that waited for approval.</summary>
    Rejected,

    /// <summary>A message staff wrote to everyone registered.</summary>
    StaffMessage,
}
