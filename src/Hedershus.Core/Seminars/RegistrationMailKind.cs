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
}
