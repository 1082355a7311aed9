namespace Hedershus.Core.Members;

/// <summary>Swedish and English texts; other languages get English until a translator writes theirs.</summary>
public static class MemberMailTexts
{
    public static MemberMailText Swedish { get; } = new()
    {
        Language = "sv",
        SignInSubject = "Din inloggningskod till Hedershus",
        SignInBody = "Din kod är {0}. Skriv in den på sidan där du bad om den, eller öppna länken och tryck på knappen för att logga in: {1}\nKoden och länken fungerar i {2} minuter och bara en gång.",
        ConfirmSubject = "Bekräfta din ansökan: {0}",
        ConfirmBody = "Du har bett om att gå med i {0}. Öppna länken och tryck på knappen för att bekräfta att det är din e-postadress: {1}",
        InvitedSubject = "Du är inbjuden till {0}",
        InvitedBody = "En samordnare har bjudit in dig till {0}. Öppna länken och tryck på knappen för att tacka ja: {1}",
        WelcomeSubject = "Välkommen till {0}",
        WelcomeBody = "Nu är du medlem i {0}. Logga in på {1} för att läsa nätverkets sidor för medlemmar. Du kan lämna nätverket när du vill på samma sida.",
        AwaitingSubject = "Vi har tagit emot din ansökan: {0}",
        AwaitingBody = "Tack! Din e-postadress är bekräftad. En samordnare går igenom ansökan till {0} och du får besked med e-post.",
        AlreadyMemberSubject = "Du är redan medlem: {0}",
        AlreadyMemberBody = "Någon bad om att gå med i {0} med din e-postadress, men du är redan medlem. Ingenting har ändrats. Logga in på {1} för att läsa nätverkets sidor för medlemmar.",
        AlreadyAskedSubject = "Om din ansökan: {0}",
        AlreadyAskedBody = "Någon bad om att gå med i {0} med din e-postadress. Adressen har redan en ansökan eller ett medlemskap i nätverket, så ingenting har ändrats. Frågor besvaras av nätverkets samordnare.",
        RejectedSubject = "Besked om din ansökan: {0}",
        RejectedBody = "Din ansökan till {0} har tyvärr inte beviljats.",
        Reason = "Samordnarens motivering: {0}",
        CoordinatorSubject = "En ansökan väntar på ditt beslut: {0}",
        CoordinatorBody = "Någon har bekräftat sin e-postadress och ansöker om att gå med i {0}. Pröva ansökan i personalens modul Nätverk: {1}\nAv hänsyn till personen står varken namn eller adress i det här meddelandet.",
        Ignore = "Om det inte var du som bad om detta kan du bortse från meddelandet. Ingenting händer utan att du trycker på knappen.",
        Signature = "Resurscentrum mot hedersrelaterat våld och förtryck, Stockholms län",
    };

    public static MemberMailText English { get; } = new()
    {
        Language = "en",
        SignInSubject = "Your sign-in code for Hedershus",
        SignInBody = "Your code is {0}. Type it on the page where you asked for it, or open the link and press the button to sign in: {1}\nThe code and the link work for {2} minutes and only once.",
        ConfirmSubject = "Confirm your request: {0}",
        ConfirmBody = "You asked to join {0}. Open the link and press the button to confirm that this is your e-mail address: {1}",
        InvitedSubject = "You are invited to {0}",
        InvitedBody = "A coordinator has invited you to {0}. Open the link and press the button to accept: {1}",
        WelcomeSubject = "Welcome to {0}",
        WelcomeBody = "You are now a member of {0}. Sign in at {1} to read the network's pages for members. You can leave the network whenever you like on the same page.",
        AwaitingSubject = "We have received your request: {0}",
        AwaitingBody = "Thank you! Your e-mail address is confirmed. A coordinator will review your request to join {0} and you will hear from us by e-mail.",
        AlreadyMemberSubject = "You are already a member: {0}",
        AlreadyMemberBody = "Someone asked to join {0} with your e-mail address, but you are already a member. Nothing has changed. Sign in at {1} to read the network's pages for members.",
        AlreadyAskedSubject = "About your request: {0}",
        AlreadyAskedBody = "Someone asked to join {0} with your e-mail address. The address already has a request or a membership in the network, so nothing has changed. The network's coordinators can answer questions.",
        RejectedSubject = "About your request: {0}",
        RejectedBody = "We are sorry: your request to join {0} was not accepted.",
        Reason = "The coordinator's reason: {0}",
        CoordinatorSubject = "A request awaits your decision: {0}",
        CoordinatorBody = "Someone has confirmed their e-mail address and asks to join {0}. Review the request in the staff module Networks: {1}\nTo protect the person, this message names neither them nor their address.",
        Ignore = "If you did not ask for this, you can ignore this message. Nothing happens unless you press the button.",
        Signature = "Resource centre against honour-related violence and oppression, Stockholm county",
    };
}
