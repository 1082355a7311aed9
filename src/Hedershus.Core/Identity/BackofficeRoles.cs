namespace Hedershus.Core.Identity;

/// <summary>The user groups of the backoffice (Umbraco's names where Umbraco has one).</summary>
public static class BackofficeRoles
{
    public const string Administrators = "Administrators";
    public const string Editors = "Editors";
    public const string Writers = "Writers";
    public const string Translators = "Translators";
    public const string SeminarManagers = "Seminar managers";
    public const string NetworkCoordinators = "Network coordinators";

    public static IReadOnlyList<string> All { get; } =
        [Administrators, Editors, Writers, Translators, SeminarManagers, NetworkCoordinators];
}
