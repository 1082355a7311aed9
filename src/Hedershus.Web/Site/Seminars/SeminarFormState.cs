namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// The state of a seminar page's form: blank on the seminar page; in form mode for a group's form or when a post
/// comes back with what was typed, its errors and a message about the whole form.
/// </summary>
public sealed record SeminarFormState(bool FormMode, int GroupRows, RegistrationFormValues Values, IReadOnlyList<FieldError> Errors, string? Problem)
{
    public static SeminarFormState Blank { get; } = new(false, 0, RegistrationFormValues.Empty, [], null);

    public static SeminarFormState Group(int rows) => new(true, rows, RegistrationFormValues.Empty, [], null);

    public bool HasErrors => Errors.Count > 0 || Problem is not null;
}
