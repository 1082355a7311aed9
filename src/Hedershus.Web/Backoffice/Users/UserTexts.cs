namespace Hedershus.Web.Backoffice.Users;

/// <summary>The words of the users pages, in Swedish and English.</summary>
public sealed record UserTexts(
    string Title, string Invite, string Email, string Name, string Groups, string Cultures, string CulturesHint,
    string StartNodes, string StartNodesHint, string Status, string Enabled, string Disabled, string TwoFactor,
    string Edit, string Save, string Disable, string Enable, string Back, string Invited, string Saved, string ErrorSummary)
{
    public static UserTexts Swedish { get; } = new(
        "Användare", "Bjud in användare", "E-postadress", "Namn", "Grupper", "Språk som översättaren får redigera",
        "Gäller gruppen Översättare.", "Startnoder", "Ett nod-id per rad; tomt betyder hela innehållsträdet.",
        "Status", "Aktiv", "Avstängd", "Tvåstegsverifiering", "Ändra", "Spara", "Stäng av", "Aktivera", "Tillbaka till användarna",
        "Inbjudan är skickad.", "Ändringarna är sparade.", "Rätta till följande");

    public static UserTexts English { get; } = new(
        "Users", "Invite a user", "E-mail address", "Name", "Groups", "Cultures the translator may edit",
        "Applies to the Translators group.", "Start nodes", "One node id per line; empty means the whole content tree.",
        "Status", "Active", "Disabled", "Two-factor", "Edit", "Save", "Disable", "Enable", "Back to the users",
        "The invitation is sent.", "The changes are saved.", "Please correct the following");

    public static UserTexts For(string language) => language == "en" ? English : Swedish;
}
