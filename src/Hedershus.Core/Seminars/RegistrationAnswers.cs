using System.Text.Json;

namespace Hedershus.Core.Seminars;

/// <summary>What a valid answer looks like for each kind of question.</summary>
internal static class RegistrationAnswers
{
    public static string? Problem(SeminarQuestion question, JsonElement value) => question.AnswerType switch
    {
        SeminarQuestion.Checkbox => value.ValueKind == JsonValueKind.True ? null : "Expected true or false.",
        SeminarQuestion.SingleChoice => value.ValueKind == JsonValueKind.String && IsChoice(question, value.GetString()!)
            ? null : "One of: " + string.Join(", ", question.Choices) + ".",
        SeminarQuestion.MultipleChoice => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && IsChoice(question, v.GetString()!))
            ? null : "A list of: " + string.Join(", ", question.Choices) + ".",
        _ => value.ValueKind != JsonValueKind.String ? "Expected text."
            : value.GetString()!.Length > RegistrationRules.MaxAnswerLength ? $"At most {RegistrationRules.MaxAnswerLength} characters." : null,
    };

    private static bool IsChoice(SeminarQuestion question, string value) => question.Choices.Contains(value, StringComparer.OrdinalIgnoreCase);
}
