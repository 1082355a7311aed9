using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// A seminar's page: its text and sessions, seats left, and the registration form while registration is open. In
/// form mode (a group's form, or the form shown again after a post) the form comes first and the description is a link.
/// </summary>
public sealed class SeminarPageView
{
    public required SeminarText Text { get; init; }
    public required SiteFrame Frame { get; init; }
    public required Seminar Seminar { get; init; }
    public required SiteContentView Content { get; init; }
    public required SeminarStatusView Status { get; init; }
    public required string PageUrl { get; init; }
    public required string CalendarUrl { get; init; }
    public required int MaxGroupSize { get; init; }
    public RegistrationFormView? Form { get; init; }
    public bool FormMode { get; init; }

    /// <summary>A message about the whole form (stale form, too many posts, closed meanwhile), shown above it.</summary>
    public string? Problem { get; init; }

    /// <summary>For a seminar for network members: who may register, and for others how to join or sign in.</summary>
    public SeminarMembersNotice? Members { get; init; }

    /// <summary>The language of the seminar's own text (name, questions) when it is not the page's; null when it is.</summary>
    public string? ContentLanguageTag => Content.IsFallback ? Content.ServedLanguageTag : null;
}

/// <summary>
/// A seminar for network members: its network's name and page (null when any network's members may register), the
/// member sign-in page, and whether the visitor is signed in and an active member who may register.
/// </summary>
public sealed record SeminarMembersNotice(string? NetworkName, string? NetworkUrl, string SignInUrl, bool SignedIn, bool Eligible);

/// <summary>The registration form with what was typed and the errors found, ready to render.</summary>
public sealed class RegistrationFormView
{
    public required string Action { get; init; }
    public required string AntiforgeryField { get; init; }
    public required string AntiforgeryToken { get; init; }
    public required string Stamp { get; init; }

    /// <summary>0 for one person; otherwise the number of person boxes in a group's form.</summary>
    public int GroupRows { get; init; }
    public required RegistrationFormValues Values { get; init; }
    public IReadOnlyList<FieldError> Errors { get; init; } = [];
    public required IReadOnlyList<string> Municipalities { get; init; }
    public required IReadOnlyList<SeminarQuestion> Questions { get; init; }
    public required int RetentionDays { get; init; }

    public bool IsGroup => GroupRows > 0;

    public FieldError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);
}
