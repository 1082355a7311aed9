using System.Text.Json;
using Hedershus.Core.Common;

namespace Hedershus.Core.Seminars;

/// <summary>Checks a registration's fields and answers; every broken rule is reported under its field name.</summary>
public static class RegistrationRules
{
    public const int MaxTextLength = 200;
    public const int MaxAnswerLength = 1000;

    public static IReadOnlyList<string> OrganisationTypes { get; } = ["kommun", "region", "polis", "skola", "ideell organisation", "annan"];

    public static void Check(RegistrationRequest request, Seminar seminar, CultureCatalog cultures)
    {
        var errors = new ValidationErrors();
        Required(errors, "name", request.Name, MaxTextLength);
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors.Add("email", "Required.");
        }
        else if (!EmailAddress.IsValid(request.Email))
        {
            errors.Add("email", "Not an e-mail address.");
        }

        Optional(errors, "organisation", request.Organisation, MaxTextLength);
        Optional(errors, "municipality", request.Municipality, 100);
        Optional(errors, "role", request.Role, MaxTextLength);
        if (request.OrganisationType is { Length: > 0 } type && !OrganisationTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("organisationType", "One of: " + string.Join(", ", OrganisationTypes) + ".");
        }

        if (!request.Consent)
        {
            errors.Add("consent", "Registration needs consent to the privacy notice.");
        }

        if (request.Language is { Length: > 0 } language && cultures.Find(language) is null)
        {
            errors.Add("language", "Not a language of this site.");
        }

        CheckAnswers(errors, request.Answers ?? [], seminar.Questions);
        errors.ThrowIfAny();
    }

    private static void Required(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
        }
        else
        {
            Optional(errors, field, value, maxLength);
        }
    }

    private static void Optional(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
        }
    }

    private static void CheckAnswers(ValidationErrors errors, Dictionary<string, JsonElement> answers, IReadOnlyList<SeminarQuestion> questions)
    {
        foreach (var alias in answers.Keys.Where(a => questions.All(q => q.Alias != a)))
        {
            errors.Add($"answers.{alias}", "This seminar asks no such question.");
        }

        foreach (var question in questions)
        {
            var field = $"answers.{question.Alias}";
            var given = answers.TryGetValue(question.Alias, out var value) && !IsBlank(value);
            if (!given)
            {
                if (question.Required)
                {
                    errors.Add(field, "Required.");
                }

                continue;
            }

            if (RegistrationAnswers.Problem(question, value) is { } problem)
            {
                errors.Add(field, problem);
            }
        }
    }

    private static bool IsBlank(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
        || value.ValueKind == JsonValueKind.False;
}
