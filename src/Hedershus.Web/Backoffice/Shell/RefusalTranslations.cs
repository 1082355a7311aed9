namespace Hedershus.Web.Backoffice.Shell;

/// <summary>
/// Core's refusals in Swedish, for the Swedish backoffice. Core words its refusals in English for API clients; the
/// pages show them in the editor's language. Each entry is an English message as Core writes it, with its variable
/// parts in braces, beside its Swedish wording (a placeholder may be left out). A test reads Core's sources and fails
/// when a refusal an editor can meet has no entry here.
/// </summary>
public static class RefusalTranslations
{
    public static IReadOnlyList<(string English, string Swedish)> Entries { get; } =
    [
        // Content: editing, tree and publishing
        ("A name is required.", "Ge sidan ett namn."),
        ("'{alias}' is mandatory.", "'{alias}' måste fyllas i."),
        ("This property is mandatory in a block.", "Måste fyllas i i blocket."),
        ("Give at least one culture with a name.", "Ge minst en språkversion ett namn."),
        ("Someone saved this node after you started editing. Your changes are kept as a conflict version; compare and save again.",
            "Någon sparade sidan efter att du började redigera. Dina ändringar är sparade som en konfliktversion; jämför och spara igen."),
        ("Give the revision you started editing from, so no one's changes are overwritten.", "Sidans version saknas i formuläret; ladda om sidan så att ingens ändringar skrivs över."),
        ("The node is in the recycle bin; restore it before editing.", "Sidan ligger i papperskorgen; återställ den innan du redigerar."),
        ("The node is in the recycle bin; restore it first.", "Sidan ligger i papperskorgen; återställ den först."),
        ("The node is in the recycle bin already.", "Sidan ligger redan i papperskorgen."),
        ("The node is not in the recycle bin.", "Sidan ligger inte i papperskorgen."),
        ("The old parent is in the recycle bin too; restore it first or choose a new parent (parentId).",
            "Den gamla överordnade sidan ligger också i papperskorgen; återställ den först eller välj en ny plats."),
        ("Culture '{culture}' is published; unpublish it before removing it.", "Språkversionen '{culture}' är publicerad; avpublicera den innan du tar bort den."),
        ("The document type '{alias}' no longer exists.", "Dokumenttypen '{alias}' finns inte längre."),
        ("A content node with id {key} exists already.", "Det finns redan en sida med id {key}."),
        ("There is no content node with id {key}.", "Det finns ingen sida med id {key}."),
        ("There is no document type '{alias}'.", "Det finns ingen dokumenttyp '{alias}'."),
        ("Give the alias of a document type.", "Välj en dokumenttyp."),
        ("'{alias}' is an element type: it describes blocks, not pages.", "'{alias}' beskriver block, inte sidor."),
        ("'{alias}' cannot stand at the root; give a parent.", "'{alias}' kan inte ligga överst i trädet; välj en överordnad sida."),
        ("'{alias}' is not allowed below '{parent}'.", "'{alias}' får inte ligga under '{parent}'."),
        ("A node cannot move below itself.", "En sida kan inte flyttas in under sig själv."),
        ("Give every child exactly once ({count} children).", "Ta med varje undersida exakt en gång ({count} undersidor)."),
        ("Name the cultures, e.g. [\"sv\", \"en\"].", "Välj minst en språkversion."),
        ("'{culture}' is not a culture of this site.", "'{culture}' är inte ett språk på webbplatsen."),
        ("The node has no draft in '{culture}'.", "Sidan har inget utkast på '{culture}'."),
        ("There is no draft in this culture to publish.", "Det finns inget utkast på det här språket att publicera."),
        ("The parent is not published in '{culture}'; publish it first.", "Den överordnade sidan är inte publicerad på '{culture}'; publicera den först."),
        ("Another page at this level already uses the URL segment '{segment}' in '{culture}'. Change the segment and publish again.",
            "En annan sida på samma nivå använder redan URL-delen '{segment}' på '{culture}'. Ändra URL-delen och publicera igen."),
        ("The URL segment '{segment}' is also a culture code: it would hide the /{again}/ pages. Choose another segment.",
            "URL-delen '{segment}' är också en språkkod och skulle dölja sidorna under /{again}/. Välj en annan."),
        ("Choose a time in the future, after the publish time.", "Välj en tidpunkt i framtiden, efter publiceringstiden."),
        ("Choose a time in the future.", "Välj en tidpunkt i framtiden."),
        ("Version {version} has no '{culture}'.", "Version {version} har ingen språkversion '{culture}'."),
        ("Node {key} has no version {version}.", "Sidan har ingen version {version}."),
        ("Node {key} has no '{culture}' draft.", "Sidan har inget utkast på '{culture}'."),
        ("There is no redirect {id}.", "Omdirigeringen finns inte (längre)."),
        ("This looks like a street address. Help services never show an address (a shelter's or protected housing's must never be published); give a phone number or a website instead.",
            "Det här ser ut som en gatuadress. Hjälpinsatser visar aldrig adresser (ett skyddat boende får aldrig publiceras); ange ett telefonnummer eller en webbplats i stället."),
        ("The text could not be checked for street addresses in time; shorten it.", "Texten kunde inte kontrolleras för gatuadresser i tid; korta den."),
        ("The text is {length} characters long; at most {max} are allowed.", "Texten är {length} tecken lång; högst {max} tecken får plats."),
        ("The text does not have the required format ({pattern}).", "Texten har inte rätt format ({pattern})."),
        ("The text could not be checked against the required format in time; shorten it.", "Texten kunde inte kontrolleras i tid; korta den."),
        ("There are {count} tags; at most {max} are allowed.", "Det är {count} taggar; högst {max} får plats."),
        ("There are {count} links; at most {max} are allowed.", "Det är {count} länkar; högst {max} får plats."),
        ("There are {count} blocks; at most {max} are allowed.", "Det är {count} block; högst {max} får plats."),
        ("Choose one value, not {count}.", "Välj ett värde, inte {count}."),
        ("The key {key} is used by another block in this list.", "Ett annat block i listan har samma nyckel."),
        ("A name has at most {max} characters.", "Ett namn får ha högst {max} tecken."),
        ("A URL segment has lowercase letters, digits and single hyphens only.", "En URL-del får bara ha små bokstäver, siffror och enstaka bindestreck."),
        ("A tag may be at most {max} characters long.", "En tagg får vara högst {max} tecken lång."),
        ("A link needs either 'url' (outside this site) or 'contentKey' (a document), not both.", "En länk behöver antingen en adress eller en sida på webbplatsen, inte båda."),
        ("A link URL must start with https://, http://, mailto:, tel: or / (a path on this site).",
            "En länkadress måste börja med https://, http://, mailto:, tel: eller / (en sida på webbplatsen)."),

        // Permissions
        ("You may {verb} only in your own cultures ({cultures}), and not values shared by every culture.",
            "Du får bara {verb} på dina egna språk ({cultures}), inte värden som delas av alla språk."),
        ("Your user group may not {verb} content.", "Din användargrupp får inte {verb} innehåll."),
        ("This part of the content tree is outside your start nodes.", "Den här delen av innehållsträdet ligger utanför dina startsidor."),
        ("Your user group may not change media.", "Din användargrupp får inte ändra media."),
        ("Your user group may not send content for review.", "Din användargrupp får inte skicka innehåll för granskning."),
        ("Only administrators manage users.", "Bara administratörer hanterar användare."),

        // Reviews and translations
        ("'{culture}' of this node is waiting for review already.", "Språkversionen '{culture}' väntar redan på granskning."),
        ("The '{culture}' draft is what is published already; there is nothing to review.", "Utkastet på '{culture}' är redan publicerat; det finns inget att granska."),
        ("Review request {id} is {state} already.", "Granskningen är redan {state}."),
        ("There is no review request {id}.", "Granskningen finns inte (längre)."),
        ("Tell the writer what to change.", "Skriv vad skribenten ska ändra."),
        ("Keep the comment under {max} characters.", "Håll kommentaren under {max} tecken."),
        ("Keep the message under {max} characters.", "Håll meddelandet under {max} tecken."),
        ("Only editors and administrators may approve or reject.", "Bara redaktörer och administratörer får godkänna eller avvisa."),
        ("Only the writer who sent it or an editor may withdraw a review request.", "Bara skribenten som skickade den eller en redaktör får ta tillbaka en granskning."),
        ("Only translators and editors may confirm a translation.", "Bara översättare och redaktörer får bekräfta en översättning."),
        ("Only an editor may clear the native-review mark.", "Bara en redaktör får ta bort markeringen för modersmålsgranskning."),
        ("Only an editor may clear '{alias}' of '{culture}'.", "Bara en redaktör får ta bort markeringen för modersmålsgranskning på '{culture}'."),
        ("The '{culture}' translation is not marked outdated.", "Översättningen '{culture}' är inte markerad som inaktuell."),
        ("The '{culture}' draft is not marked for native review.", "Utkastet på '{culture}' är inte markerat för modersmålsgranskning."),

        // Media
        ("'{name}' is still used by {count} document(s): {names}. Remove it from them first.", "'{name}' används fortfarande på {count} sida/sidor: {names}. Ta bort den därifrån först."),
        ("The folder '{name}' is not empty; move or delete what it holds first.", "Mappen '{name}' är inte tom; flytta eller radera innehållet först."),
        ("The file is larger than the limit of {max} bytes.", "Filen är större än gränsen på {max} byte."),
        ("The file is not a PNG, JPEG, GIF or WebP image or a PDF document (checked by its content, not its name).",
            "Filen är inte en PNG-, JPEG-, GIF- eller WebP-bild eller ett PDF-dokument (kontrollerat på innehållet, inte namnet)."),
        ("The file's content is {format}, but it was sent as {type}.", "Filens innehåll är {format}, men den skickades som {type}."),
        ("The file's content is {format}, but its name ends in .{extension}.", "Filens innehåll är {format}, men namnet slutar på .{extension}."),
        ("The file starts like a {format} image but its header cannot be read.", "Filen börjar som en {format}-bild men dess huvud går inte att läsa."),
        ("Give the media item a name.", "Ge mediefilen ett namn."),
        ("The name may be at most {max} characters long.", "Namnet får vara högst {max} tecken långt."),
        ("The name may not contain '/' or '\\', and may not be '.' or '..'.", "Namnet får inte innehålla '/' eller '\\' och får inte vara '.' eller '..'."),
        ("The name may not contain control characters.", "Namnet får inte innehålla styrtecken."),
        ("Alternative text may be at most {max} characters long.", "Den alternativa texten får vara högst {max} tecken lång."),
        ("There is no media folder with id {key}.", "Mappen finns inte (längre)."),
        ("'{name}' is not a folder.", "'{name}' är ingen mapp."),
        ("There is no media item with id {key}.", "Mediefilen finns inte (längre)."),
        ("Only images have a focal point.", "Bara bilder har en fokuspunkt."),
        ("A folder cannot be moved into itself or one of its subfolders.", "En mapp kan inte flyttas in i sig själv eller en av sina undermappar."),
        ("SVG files are not accepted: an SVG can carry script that would run in the visitor's browser. Upload a PNG, JPEG, GIF or WebP instead.",
            "SVG-filer tas inte emot: en SVG kan bära skript som körs i besökarens webbläsare. Ladda upp en PNG, JPEG, GIF eller WebP i stället."),

        // Dictionary
        ("A key has letters, digits and dots, and starts with a letter.", "En nyckel har bokstäver, siffror och punkter och börjar med en bokstav."),
        ("A text may be at most {max} characters long.", "En text får vara högst {max} tecken lång."),

        // Users, audit log, reports
        ("A user with this e-mail address exists already.", "Det finns redan en användare med den e-postadressen."),
        ("Give a valid e-mail address.", "Ange en giltig e-postadress."),
        ("This is the last enabled administrator; make someone else an administrator first.", "Det här är den sista aktiva administratören; gör någon annan till administratör först."),
        ("This is the last enabled administrator; it cannot be disabled.", "Det här är den sista aktiva administratören; den kan inte stängas av."),
        ("You cannot disable your own account.", "Du kan inte stänga av ditt eget konto."),
        ("There is no user with id {id}.", "Användaren finns inte (längre)."),
        ("'{group}' is not a user group ({groups}).", "'{group}' är ingen användargrupp ({groups})."),
        ("The link is not valid (any more). Ask for a new one.", "Länken gäller inte (längre). Be om en ny."),
        ("Choose an end after the start.", "Välj ett slut efter början."),
        ("Give a page id (a GUID, as in the page's address).", "Ange ett sid-id (en GUID, som i sidans adress)."),
        ("Give a date as YYYY-MM-DD.", "Ange ett datum som ÅÅÅÅ-MM-DD."),
        ("Give a number of days from 0 to {max}.", "Ange ett antal dagar från 0 till {max}."),
    ];

    /// <summary>The Swedish words for the parts of a refusal that Core fills in from a fixed set.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["browse"] = "bläddra i",
        ["create"] = "skapa",
        ["edit"] = "redigera",
        ["trash or delete"] = "slänga eller radera",
        ["publish or unpublish"] = "publicera eller avpublicera",
        ["schedule"] = "schemalägga",
        ["move, sort or copy"] = "flytta, sortera eller kopiera",
        ["roll back"] = "återställa",
        ["send for review"] = "skicka för granskning",
        ["pending"] = "väntande",
        ["approved"] = "godkänd",
        ["rejected"] = "avvisad",
        ["withdrawn"] = "tillbakadragen",
    };
}
