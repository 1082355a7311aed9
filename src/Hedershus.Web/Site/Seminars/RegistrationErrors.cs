using System.Globalization;
using System.Text.RegularExpressions;
using Hedershus.Core.Seminars;
using F = Hedershus.Web.Site.Seminars.RegistrationFormFields;

namespace Hedershus.Web.Site.Seminars;

/// <summary>An error shown next to its field and, with <see cref="Summary"/>, in the error summary at the top of the form.</summary>
public sealed record FieldError(string Field, string Message, string Summary);

/// <summary>
/// The registration rules' errors (named by field, in English for API clients) in the visitor's language, in the
/// order the form shows the fields. Whether a field was left blank is read from what was posted.
/// </summary>
public static partial class RegistrationErrors
{
    public static IReadOnlyList<FieldError> For(IReadOnlyDictionary<string, string[]> errors, RegistrationFormValues values,
        IReadOnlyList<SeminarQuestion> questions, int groupRows, SeminarText text, int maxGroupSize)
    {
        var order = F.InOrder(questions, groupRows).ToList();
        return errors
            .OrderBy(e => order.IndexOf(e.Key) is var i && i >= 0 ? i : int.MaxValue)
            .Select(e => Error(e.Key, Message(e.Key, e.Value.FirstOrDefault() ?? "", values, text, maxGroupSize), text))
            .ToList();
    }

    /// <summary>An error on one field, e.g. an e-mail address that is already registered.</summary>
    public static FieldError Error(string field, string message, SeminarText text) =>
        MemberRow().Match(field) is { Success: true } row
            ? new FieldError(field, message, string.Format(CultureInfo.InvariantCulture, text.Person, int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture) + 1) + ": " + message)
            : new FieldError(field, message, message);

    private static string Message(string field, string rule, RegistrationFormValues values, SeminarText text, int maxGroupSize)
    {
        var blank = values.IsBlank(field);
        if (field.Contains("answers.", StringComparison.Ordinal))
        {
            return blank ? text.AnswerRequired : rule.StartsWith("At most", StringComparison.Ordinal) ? text.TooLong : text.AnswerInvalid;
        }

        return field[(field.LastIndexOf('.') + 1)..] switch
        {
            F.Name => blank ? text.NameRequired : text.TooLong,
            F.Email => blank ? text.EmailRequired : rule.Contains("twice", StringComparison.Ordinal) ? text.EmailTwice : text.EmailInvalid,
            F.OrganisationType => text.ChooseFromList,
            F.Consent => text.ConsentRequired,
            F.Members => rule.StartsWith("At most", StringComparison.Ordinal)
                ? string.Format(CultureInfo.InvariantCulture, text.MembersTooMany, maxGroupSize) : text.MembersRequired,
            F.Organisation or F.Municipality or F.Role => text.TooLong,
            _ => text.Rejected,
        };
    }

    [GeneratedRegex(@"^members\[(\d+)\]\.", RegexOptions.CultureInvariant)]
    private static partial Regex MemberRow();
}
