namespace Hedershus.Core.Seminars;

/// <summary>
/// Subject and lead of each registration e-mail in Swedish and English. {0} is the seminar's name, {1} a place in
/// line or the deadline of an offer.
/// </summary>
internal static class RegistrationMailTexts
{
    public static readonly Dictionary<(string Language, RegistrationMailKind Kind), (string Subject, string Lead)> Texts = new()
    {
        [("sv", RegistrationMailKind.Confirmed)] = ("Bekräftelse: {0}", "Tack för din anmälan. Du har fått en plats på {0}."),
        [("sv", RegistrationMailKind.Waitlisted)] = ("Väntelista: {0}", "{0} är fullbokat. Du står på plats {1} i väntelistan och får ett mejl om en plats blir ledig."),
        [("sv", RegistrationMailKind.PendingApproval)] = ("Anmälan mottagen: {0}", "Vi har tagit emot din anmälan till {0}. Du får besked när den har granskats."),
        [("sv", RegistrationMailKind.Offer)] = ("En plats är ledig: {0}", "En plats har blivit ledig på {0}. Den är din om du tackar ja senast {1} (UTC) via länken nedan."),
        [("sv", RegistrationMailKind.Cancelled)] = ("Avbokad: {0}", "Din anmälan till {0} är avbokad. Välkommen tillbaka en annan gång."),
        [("sv", RegistrationMailKind.Reminder)] = ("Påminnelse: {0}", "Välkommen! Det här är en påminnelse om {0}, som du är anmäld till."),
        [("sv", RegistrationMailKind.Changed)] = ("Ändrad tid eller plats: {0}", "Tid eller plats för {0} har ändrats. Här är det som gäller nu."),
        [("sv", RegistrationMailKind.Withdrawn)] = ("Inställt: {0}", "Tyvärr är {0} inställt. Vi ber om ursäkt för besväret och hoppas att vi ses vid ett annat tillfälle."),
        [("sv", RegistrationMailKind.Evaluation)] = ("Vad tyckte du om {0}?", "Tack för att du deltog i {0}. Berätta gärna vad du tyckte, det tar några minuter."),
        [("en", RegistrationMailKind.Confirmed)] = ("Confirmation: {0}", "Thank you for registering. You have a seat at {0}."),
        [("en", RegistrationMailKind.Waitlisted)] = ("Waiting list: {0}", "{0} is full. You are number {1} on the waiting list and will get an e-mail if a seat becomes free."),
        [("en", RegistrationMailKind.PendingApproval)] = ("Registration received: {0}", "We have received your registration for {0}. You will hear from us once it has been reviewed."),
        [("en", RegistrationMailKind.Offer)] = ("A seat is free: {0}", "A seat has become free at {0}. It is yours if you accept by {1} (UTC) through the link below."),
        [("en", RegistrationMailKind.Cancelled)] = ("Cancelled: {0}", "Your registration for {0} is cancelled. You are welcome back another time."),
        [("en", RegistrationMailKind.Reminder)] = ("Reminder: {0}", "Welcome! This is a reminder of {0}, which you are registered for."),
        [("en", RegistrationMailKind.Changed)] = ("New time or place: {0}", "The time or place of {0} has changed. Here is what holds now."),
        [("en", RegistrationMailKind.Withdrawn)] = ("Cancelled by the organiser: {0}", "We are sorry: {0} has been cancelled. We hope to see you another time."),
        [("en", RegistrationMailKind.Evaluation)] = ("What did you think of {0}?", "Thank you for taking part in {0}. Please tell us what you thought; it takes a few minutes."),
    };

    public static readonly Dictionary<string, string> Greeting = new() { ["sv"] = "Hej {0}!", ["en"] = "Hello {0}," };
    public static readonly Dictionary<string, string> Starts = new() { ["sv"] = "Startar", ["en"] = "Starts" };
    public static readonly Dictionary<string, string> Place = new() { ["sv"] = "Plats", ["en"] = "Place" };
    public static readonly Dictionary<string, string> Manage = new()
    {
        ["sv"] = "Se eller avboka din anmälan:",
        ["en"] = "See or cancel your registration:",
    };
    public static readonly Dictionary<string, string> Answer = new()
    {
        ["sv"] = "Tacka ja eller nej:",
        ["en"] = "Accept or decline:",
    };
    public static readonly Dictionary<string, string> Evaluate = new() { ["sv"] = "Utvärdering:", ["en"] = "Evaluation:" };
}
