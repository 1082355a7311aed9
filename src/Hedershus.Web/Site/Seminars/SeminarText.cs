namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// The words of the seminar calendar, seminar page, registration form and registrant page in one culture. Swedish,
/// English and Arabic are complete; other cultures borrow English (Easy Swedish borrows Swedish) until translated.
/// Strings with {0} are format strings.
/// </summary>
public sealed record SeminarText
{
    public required string CalendarSegment { get; init; }
    public required string CalendarTitle { get; init; }
    public required string CalendarIntro { get; init; }
    public required string FiltersHeading { get; init; }
    public required string Audience { get; init; }
    public required string Topic { get; init; }
    public required string Month { get; init; }
    public required string Format { get; init; }
    public required string AllAudiences { get; init; }
    public required string AllTopics { get; init; }
    public required string AllMonths { get; init; }
    public required string AnyFormat { get; init; }
    public required string OnlineOnly { get; init; }
    public required string OnSiteOnly { get; init; }
    public required string ShowSeminars { get; init; }
    public required string UpcomingCount { get; init; }
    public required string NoSeminars { get; init; }
    public required string ShowAll { get; init; }

    public required string SeatsLeftOne { get; init; }
    public required string SeatsLeft { get; init; }
    public required string FullJoinWaitingList { get; init; }
    public required string Full { get; init; }
    public required string OpensOn { get; init; }
    public required string Closed { get; init; }
    public required string MembersOnly { get; init; }

    /// <summary>"For members of {0} only": a members-only seminar that names its network.</summary>
    public required string MembersOfNetworkOnly { get; init; }
    public required string ApprovalNote { get; init; }

    /// <summary>"Only active members of {0} can register": a members' seminar that names its network.</summary>
    public required string NetworkMembersMayRegister { get; init; }
    public required string AnyNetworkMembersMayRegister { get; init; }
    public required string MemberSignInPrompt { get; init; }
    public required string MemberSignIn { get; init; }
    public required string SignedInNotMember { get; init; }

    /// <summary>"Not a member yet? Read about {0} and ask to join there."</summary>
    public required string JoinNetworkPrompt { get; init; }
    public required string RegisteringAsMember { get; init; }

    /// <summary>A members' seminar refused an address that is not an active member's: nothing was stored.</summary>
    public required string MembersOnlyRefused { get; init; }

    public required string When { get; init; }
    public required string Place { get; init; }
    public required string Online { get; init; }
    public required string InstructionLanguage { get; init; }
    public required string Organiser { get; init; }
    public required string WhoMayRegister { get; init; }
    public required string Sessions { get; init; }
    public required string LocalTime { get; init; }
    public required string LastDay { get; init; }

    public required string RegistrationHeading { get; init; }
    public required string FormHeading { get; init; }
    public required string GroupFormHeading { get; init; }
    public required string BackToSeminar { get; init; }
    public required string AllSeminars { get; init; }
    public required string GroupLead { get; init; }
    public required string GroupSize { get; init; }
    public required string RegisterGroup { get; init; }
    public required string GroupIntro { get; init; }
    public required string Person { get; init; }
    public required string Workplace { get; init; }
    public required string YourDetails { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string EmailHint { get; init; }
    public required string Organisation { get; init; }
    public required string OrganisationType { get; init; }
    public required string Choose { get; init; }
    public required string Municipality { get; init; }
    public required string OtherMunicipality { get; init; }
    public required string Role { get; init; }
    public required string Optional { get; init; }
    public required string QuestionsHeading { get; init; }
    public required string PrivacyHeading { get; init; }
    public required string PrivacyText { get; init; }
    public required string WhoReads { get; init; }
    public required string Consent { get; init; }
    public required string GroupConsent { get; init; }
    public required string Submit { get; init; }
    public required string SubmitGroup { get; init; }
    public required string Honeypot { get; init; }

    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorTitlePrefix { get; init; }
    public required string NameRequired { get; init; }
    public required string EmailRequired { get; init; }
    public required string EmailInvalid { get; init; }
    public required string EmailTwice { get; init; }
    public required string EmailDuplicate { get; init; }
    public required string TooLong { get; init; }
    public required string ChooseFromList { get; init; }
    public required string ConsentRequired { get; init; }
    public required string AnswerRequired { get; init; }
    public required string AnswerInvalid { get; init; }
    public required string MembersRequired { get; init; }
    public required string MembersTooMany { get; init; }
    public required string FormStale { get; init; }
    public required string MissingCookie { get; init; }
    public required string Rejected { get; init; }
    public required string RateLimited { get; init; }
    public required string GroupDoesNotFit { get; init; }

    public required string ResultTitle { get; init; }
    public required string Confirmed { get; init; }
    public required string Waitlisted { get; init; }
    public required string Pending { get; init; }
    public required string MailSent { get; init; }
    public required string GroupResultIntro { get; init; }
    public required string GroupSeat { get; init; }
    public required string GroupWaiting { get; init; }
    public required string GroupPending { get; init; }
    public required string Status { get; init; }

    public required string RegistrantTitle { get; init; }
    public required string HasSeat { get; init; }
    public required string InLine { get; init; }
    public required string UnderReview { get; init; }
    public required string Offered { get; init; }
    public required string IsCancelled { get; init; }
    public required string Cancel { get; init; }
    public required string CancelHint { get; init; }
    public required string Accept { get; init; }
    public required string Decline { get; init; }
    public required string Starts { get; init; }
    public required string DoneCancelled { get; init; }
    public required string DoneAccepted { get; init; }
    public required string DoneDeclined { get; init; }
    public required string OfferGone { get; init; }

    /// <summary>", " — "، " in Arabic.</summary>
    public required string Comma { get; init; }
    public required IReadOnlyList<string> Months { get; init; }
    public required IReadOnlyDictionary<string, string> Audiences { get; init; }
    public required IReadOnlyDictionary<string, string> Eligibility { get; init; }
    public required IReadOnlyDictionary<string, string> OrganisationTypes { get; init; }

    public string AudienceLabel(string value) => Audiences.TryGetValue(value, out var label) ? label : value;

    public string EligibilityLabel(string value) => Eligibility.TryGetValue(value, out var label) ? label : value;

    public string OrganisationTypeLabel(string value) => OrganisationTypes.TryGetValue(value, out var label) ? label : value;
}
