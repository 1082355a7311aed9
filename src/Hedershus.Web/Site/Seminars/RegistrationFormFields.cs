using System.Text.RegularExpressions;
using Hedershus.Core.Seminars;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Names of the form's fields, which are the names the registration rules report errors under ("email",
/// "answers.diet", "members[1].email"), and the element ids made from them.
/// </summary>
public static partial class RegistrationFormFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Organisation = "organisation";
    public const string OrganisationType = "organisationType";
    public const string Municipality = "municipality";
    public const string Role = "role";
    public const string Consent = "consent";
    public const string Members = "members";
    public const string Rows = "rows";
    public const string Honeypot = "webbplats";

    /// <summary>The value the municipality list posts for a municipality outside the county.</summary>
    public const string OtherMunicipality = "annan";

    public static string Member(int row, string field) => $"members[{row}].{field}";

    public static string Answer(string prefix, SeminarQuestion question) => prefix + "answers." + question.Alias;

    /// <summary>"members[1].answers.diet" → "f-members-1-answers-diet".</summary>
    public static string Id(string field) => "f-" + NonWord().Replace(field, "-").Trim('-');

    public static string ErrorId(string field) => Id(field) + "-error";

    /// <summary>Every field in the order the form shows them, so the error summary follows the page.</summary>
    public static IEnumerable<string> InOrder(IReadOnlyList<SeminarQuestion> questions, int groupRows)
    {
        if (groupRows == 0)
        {
            return new[] { Name, Email, Organisation, OrganisationType, Municipality, Role }
                .Concat(questions.Select(q => Answer("", q))).Append(Consent);
        }

        return new[] { Members, Organisation, OrganisationType, Municipality }
            .Concat(Enumerable.Range(0, groupRows).SelectMany(row => Person($"members[{row}].", questions)))
            .Append(Consent);
    }

    private static IEnumerable<string> Person(string prefix, IReadOnlyList<SeminarQuestion> questions) =>
        new[] { prefix + Name, prefix + Email, prefix + Role }.Concat(questions.Select(q => Answer(prefix, q)));

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
