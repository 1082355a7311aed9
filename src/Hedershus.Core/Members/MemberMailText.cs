namespace Hedershus.Core.Members;

/// <summary>The words of member and network e-mail in one language; {0}, {1} are filled in by <see cref="MemberMail"/>.</summary>
public sealed record MemberMailText
{
    public required string Language { get; init; }
    public required string SignInSubject { get; init; }
    public required string SignInBody { get; init; }
    public required string ConfirmSubject { get; init; }
    public required string ConfirmBody { get; init; }
    public required string InvitedSubject { get; init; }
    public required string InvitedBody { get; init; }
    public required string WelcomeSubject { get; init; }
    public required string WelcomeBody { get; init; }
    public required string AwaitingSubject { get; init; }
    public required string AwaitingBody { get; init; }
    public required string AlreadyMemberSubject { get; init; }
    public required string AlreadyMemberBody { get; init; }
    public required string AlreadyAskedSubject { get; init; }
    public required string AlreadyAskedBody { get; init; }
    public required string RejectedSubject { get; init; }
    public required string RejectedBody { get; init; }
    public required string Reason { get; init; }
    public required string CoordinatorSubject { get; init; }
    public required string CoordinatorBody { get; init; }
    public required string Ignore { get; init; }
    public required string Signature { get; init; }

    public static MemberMailText For(string? language) =>
        language == "sv" || language?.StartsWith("sv-", StringComparison.Ordinal) == true ? MemberMailTexts.Swedish : MemberMailTexts.English;
}
