namespace Hedershus.Web.Site.Seminars;

/// <summary>What every field of the registration form needs, cascaded from the form to its fields.</summary>
public sealed record RegistrationFormContext(RegistrationFormView View, SeminarText Text, string? ContentLanguageTag);
