namespace Hedershus.Core.Seminars;

internal static partial class RegistrationMailTexts
{
    private static RegistrationMailLanguage Swedish => field ??= new()
    {
        Code = "sv",
        Texts = new Dictionary<RegistrationMailKind, (string Subject, string Lead)>
        {
            [RegistrationMailKind.Confirmed] = ("Bekräftelse: {0}", "Tack för din anmälan. Du har fått en plats på {0}."),
            [RegistrationMailKind.Waitlisted] = ("Väntelista: {0}", "{0} är fullbokat. Du står på plats {1} i väntelistan och får ett mejl om en plats blir ledig."),
            [RegistrationMailKind.PendingApproval] = ("Anmälan mottagen: {0}", "Vi har tagit emot din anmälan till {0}. Du får besked när den har granskats."),
            [RegistrationMailKind.Offer] = ("En plats är ledig: {0}", "En plats har blivit ledig på {0}. Den är din om du tackar ja senast {1} (UTC) via länken nedan."),
            [RegistrationMailKind.Cancelled] = ("Avbokad: {0}", "Din anmälan till {0} är avbokad. Välkommen tillbaka en annan gång."),
            [RegistrationMailKind.Reminder] = ("Påminnelse: {0}", "Välkommen! Det här är en påminnelse om {0}, som du är anmäld till."),
            [RegistrationMailKind.Changed] = ("Ändrad tid eller plats: {0}", "Tid eller plats för {0} har ändrats. Här är det som gäller nu."),
            [RegistrationMailKind.Withdrawn] = ("Inställt: {0}", "Tyvärr är {0} inställt. Vi ber om ursäkt för besväret och hoppas att vi ses vid ett annat tillfälle."),
            [RegistrationMailKind.Evaluation] = ("Vad tyckte du om {0}?", "Tack för att du deltog i {0}. Berätta gärna vad du tyckte, det tar några minuter."),
            [RegistrationMailKind.Rejected] = ("Ingen plats: {0}", "Tyvärr kan vi inte ge dig en plats på {0} den här gången. Välkommen att anmäla dig till ett annat tillfälle."),
            [RegistrationMailKind.StaffMessage] = ("{0}", "{0}"),
        },
        Greeting = "Hej {0}!",
        Starts = "Startar",
        Place = "Plats",
        Online = "Digitalt",
        Manage = "Se eller avboka din anmälan:",
        Answer = "Tacka ja eller nej:",
        Evaluate = "Utvärdering:",
    };

    // Lättläst: short sentences, common words. Written by us; needs review by an easy-to-read editor.
    private static RegistrationMailLanguage EasySwedish => field ??= Swedish with
    {
        Code = "sv-x-lattlast",
        NeedsNativeReview = true,
        Texts = new Dictionary<RegistrationMailKind, (string Subject, string Lead)>
        {
            [RegistrationMailKind.Confirmed] = ("Du har en plats: {0}", "Tack för att du anmälde dig. Du har en plats på {0}."),
            [RegistrationMailKind.Waitlisted] = ("Kö: {0}", "Alla platser på {0} är tagna. Du står i kö. Du har plats {1} i kön. Vi mejlar dig om en plats blir ledig."),
            [RegistrationMailKind.PendingApproval] = ("Vi har fått din anmälan: {0}", "Vi har fått din anmälan till {0}. Vi läser den. Sedan får du ett svar."),
            [RegistrationMailKind.Offer] = ("Nu finns en plats: {0}", "Nu finns en plats för dig på {0}. Svara senast {1} (UTC). Använd länken längre ner."),
            [RegistrationMailKind.Cancelled] = ("Avbokad: {0}", "Din plats på {0} är avbokad. Du är välkommen en annan gång."),
            [RegistrationMailKind.Reminder] = ("Snart dags: {0}", "Hej igen! Snart är det dags för {0}. Du är anmäld."),
            [RegistrationMailKind.Changed] = ("Ny tid eller plats: {0}", "Tiden eller platsen för {0} är ändrad. Här står det som gäller nu."),
            [RegistrationMailKind.Withdrawn] = ("Inställt: {0}", "{0} blir inte av. Vi är ledsna för det. Vi hoppas att vi ses en annan gång."),
            [RegistrationMailKind.Evaluation] = ("Vad tyckte du? {0}", "Tack för att du var med på {0}. Vill du berätta vad du tyckte? Det går fort."),
            [RegistrationMailKind.Rejected] = ("Ingen plats: {0}", "Du kan inte få en plats på {0} den här gången. Du är välkommen att anmäla dig en annan gång."),
            [RegistrationMailKind.StaffMessage] = ("{0}", "{0}"),
        },
        Manage = "Här kan du se din anmälan eller avboka:",
        Answer = "Här kan du svara ja eller nej:",
        Evaluate = "Här kan du svara:",
    };
}
