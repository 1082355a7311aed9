using System.Text.Json;

namespace Hedershus.Core.Seminars;

/// <summary>A custom question on the registration form (a <c>seminarQuestion</c> block).</summary>
public sealed record SeminarQuestion(string Alias, string Label, string AnswerType, IReadOnlyList<string> Choices, bool Required)
{
    public const string Text = "text";
    public const string SingleChoice = "singleChoice";
    public const string MultipleChoice = "multipleChoice";
    public const string Checkbox = "checkbox";

    internal static SeminarQuestion? From(IReadOnlyDictionary<string, JsonElement> block) =>
        Seminar.Text(block, "alias") is { } alias
            ? new SeminarQuestion(alias, Seminar.Text(block, "label") ?? alias, Seminar.Text(block, "answerType") ?? Text,
                Seminar.Strings(block, "choices"), Seminar.Bool(block, "required") ?? false)
            : null;
}
