namespace Hedershus.Core.Seminars;

internal static partial class RegistrationMailTexts
{
    private static RegistrationMailLanguage English => field ??= new()
    {
        Code = "en",
        Texts = new Dictionary<RegistrationMailKind, (string Subject, string Lead)>
        {
            [RegistrationMailKind.Confirmed] = ("Confirmation: {0}", "Thank you for registering. You have a seat at {0}."),
            [RegistrationMailKind.Waitlisted] = ("Waiting list: {0}", "{0} is full. You are number {1} on the waiting list and will get an e-mail if a seat becomes free."),
            [RegistrationMailKind.PendingApproval] = ("Registration received: {0}", "We have received your registration for {0}. You will hear from us once it has been reviewed."),
            [RegistrationMailKind.Offer] = ("A seat is free: {0}", "A seat has become free at {0}. It is yours if you accept by {1} (UTC) through the link below."),
            [RegistrationMailKind.Cancelled] = ("Cancelled: {0}", "Your registration for {0} is cancelled. You are welcome back another time."),
            [RegistrationMailKind.Reminder] = ("Reminder: {0}", "Welcome! This is a reminder of {0}, which you are registered for."),
            [RegistrationMailKind.Changed] = ("New time or place: {0}", "The time or place of {0} has changed. Here is what holds now."),
            [RegistrationMailKind.Withdrawn] = ("Cancelled by the organiser: {0}", "We are sorry: {0} has been cancelled. We hope to see you another time."),
            [RegistrationMailKind.Evaluation] = ("What did you think of {0}?", "Thank you for taking part in {0}. Please tell us what you thought; it takes a few minutes."),
            [RegistrationMailKind.Rejected] = ("No seat: {0}", "We are sorry: we cannot give you a seat at {0} this time. You are welcome to register for another one."),
            [RegistrationMailKind.StaffMessage] = ("{0}", "{0}"),
        },
        Greeting = "Hello {0},",
        Starts = "Starts",
        Place = "Place",
        Online = "Online",
        Manage = "See or cancel your registration:",
        Answer = "Accept or decline:",
        Evaluate = "Evaluation:",
    };
}
