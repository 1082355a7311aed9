using System.Text.Json;
using Hedershus.Core.Seminars;
using F = Hedershus.Web.Site.Seminars.RegistrationFormFields;

namespace Hedershus.Web.Site.Seminars;

/// <summary>Turns the posted form into the registration requests the API takes, so both go through the same rules.</summary>
public static class RegistrationFormReader
{
    public static RegistrationRequest Single(RegistrationFormValues values, IReadOnlyList<SeminarQuestion> questions, string culture) => new()
    {
        Name = values.Text(F.Name),
        Email = values.Text(F.Email),
        Organisation = values.Text(F.Organisation),
        OrganisationType = values.Text(F.OrganisationType),
        Municipality = values.Text(F.Municipality),
        Role = values.Text(F.Role),
        Answers = Answers(values, "", questions),
        Consent = values.Checked(F.Consent),
        Language = culture,
    };

    /// <summary>The group's request from the rows that are not blank, and which row each person came from.</summary>
    public static (GroupRegistrationRequest Request, IReadOnlyList<int> Rows) Group(
        RegistrationFormValues values, IReadOnlyList<SeminarQuestion> questions, string culture, int rows)
    {
        var filled = Enumerable.Range(0, rows).Where(row => !IsBlankRow(values, questions, row)).ToList();
        var request = new GroupRegistrationRequest
        {
            Organisation = values.Text(F.Organisation),
            OrganisationType = values.Text(F.OrganisationType),
            Municipality = values.Text(F.Municipality),
            Consent = values.Checked(F.Consent),
            Language = culture,
            Members = filled.Select(row => new GroupMember
            {
                Name = values.Text(F.Member(row, F.Name)),
                Email = values.Text(F.Member(row, F.Email)),
                Role = values.Text(F.Member(row, F.Role)),
                Answers = Answers(values, $"members[{row}].", questions),
            }).ToList(),
        };
        return (request, filled);
    }

    private static bool IsBlankRow(RegistrationFormValues values, IReadOnlyList<SeminarQuestion> questions, int row) =>
        new[] { F.Name, F.Email, F.Role }.All(f => values.IsBlank(F.Member(row, f)))
        && questions.All(q => values.IsBlank(F.Answer($"members[{row}].", q)));

    private static Dictionary<string, JsonElement> Answers(RegistrationFormValues values, string prefix, IReadOnlyList<SeminarQuestion> questions)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var given = values.All(F.Answer(prefix, question));
            if (given.Count == 0)
            {
                continue;
            }

            answers[question.Alias] = question.AnswerType switch
            {
                SeminarQuestion.MultipleChoice => JsonSerializer.SerializeToElement(given),
                SeminarQuestion.Checkbox => JsonSerializer.SerializeToElement(true),
                _ => JsonSerializer.SerializeToElement(given[0]),
            };
        }

        return answers;
    }
}
