namespace Hedershus.Web.Members;

/// <summary>The words of the member pages in one language.</summary>
public sealed record MemberText
{
    public required string Culture { get; init; }
    public required string SignInTitle { get; init; }
    public required string SignInIntro { get; init; }
    public required string Email { get; init; }
    public required string SendCode { get; init; }
    public required string CodeSent { get; init; }
    public required string Code { get; init; }
    public required string SignIn { get; init; }
    public required string WrongCode { get; init; }
    public required string BadEmail { get; init; }
    public required string LinkTitle { get; init; }
    public required string LinkIntro { get; init; }
    public required string LinkGone { get; init; }
    public required string AccountTitle { get; init; }
    public required string Profile { get; init; }
    public required string Name { get; init; }
    public required string Organisation { get; init; }
    public required string Municipality { get; init; }
    public required string Role { get; init; }
    public required string ListInDirectory { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string MyRegistrations { get; init; }
    public required string NoRegistrations { get; init; }
    public required string MyNetworks { get; init; }
    public required string NoNetworks { get; init; }
    public required string Leave { get; init; }
    public required string Left { get; init; }
    public required string MemberPages { get; init; }
    public required string DeleteTitle { get; init; }
    public required string DeleteIntro { get; init; }
    public required string Delete { get; init; }
    public required string Deleted { get; init; }
    public required string SignOut { get; init; }
    public required string MembersOnlyTitle { get; init; }
    public required string MembersOnly { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string ConfirmIntro { get; init; }
    public required string Confirm { get; init; }
    public required string ConfirmedActive { get; init; }
    public required string ConfirmedWaiting { get; init; }
    public required string ConfirmGone { get; init; }
    public required string WhoReads { get; init; }
    public required IReadOnlyDictionary<string, string> States { get; init; }

    public static MemberText For(string culture) => culture == "sv" ? MemberTexts.Swedish : MemberTexts.English;
}
