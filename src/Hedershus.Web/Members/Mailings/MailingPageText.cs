namespace Hedershus.Web.Members.Mailings;

/// <summary>The words of the mailing archive and the unsubscribe page, in Swedish and English (other languages get English).</summary>
public sealed record MailingPageText
{
    public required string Culture { get; init; }
    public required string ArchiveTitle { get; init; }
    public required string ArchiveLink { get; init; }
    public required string NoMailings { get; init; }
    public required string Sent { get; init; }
    public required string UnsubscribeTitle { get; init; }
    public required string UnsubscribeIntro { get; init; }
    public required string Unsubscribe { get; init; }
    public required string Unsubscribed { get; init; }
    public required string StillMember { get; init; }
    public required string UnknownLink { get; init; }
    public required string BackToAccount { get; init; }

    public static MailingPageText For(string culture) => culture == "sv" ? Swedish : English;

    public static MailingPageText Swedish { get; } = new()
    {
        Culture = "sv",
        ArchiveTitle = "Utskick från {0}",
        ArchiveLink = "Tidigare utskick",
        NoMailings = "Nätverket har inte skickat några utskick ännu.",
        Sent = "Skickat",
        UnsubscribeTitle = "Avsluta utskick",
        UnsubscribeIntro = "Vill du sluta få utskick från {0}? Tryck på knappen.",
        Unsubscribe = "Avsluta utskicken",
        Unsubscribed = "Klart. Du får inte längre utskick från {0}.",
        StillMember = "Du är fortfarande medlem och kan läsa tidigare utskick när du loggar in. Vill du lämna nätverket gör du det på ditt konto.",
        UnknownLink = "Länken fungerar inte. Kontrollera att hela adressen kom med från mejlet.",
        BackToAccount = "Mitt konto",
    };

    public static MailingPageText English { get; } = new()
    {
        Culture = "en",
        ArchiveTitle = "Mailings from {0}",
        ArchiveLink = "Past mailings",
        NoMailings = "The network has not sent any mailings yet.",
        Sent = "Sent",
        UnsubscribeTitle = "Unsubscribe",
        UnsubscribeIntro = "Do you want to stop receiving mailings from {0}? Press the button.",
        Unsubscribe = "Unsubscribe",
        Unsubscribed = "Done. You will no longer receive mailings from {0}.",
        StillMember = "You are still a member and can read past mailings when you sign in. To leave the network, use your account.",
        UnknownLink = "The link does not work. Check that the whole address came along from the e-mail.",
        BackToAccount = "My account",
    };
}
