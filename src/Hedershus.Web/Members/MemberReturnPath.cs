namespace Hedershus.Web.Members;

/// <summary>
/// The site page a member signs in to come back to (a members' seminar or member page), carried through the sign-in
/// forms as <c>back</c>. Only a path on this site is kept, so the sign-in can never send anyone elsewhere.
/// </summary>
public static class MemberReturnPath
{
    public const string Field = "back";
    private const int MaxLength = 512;

    public static string? Local(string? value) =>
        value is { Length: > 0 and <= MaxLength } path
        && path[0] == '/'
        && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.StartsWith("/\\", StringComparison.Ordinal)
        && !path.Any(char.IsControl)
            ? path
            : null;

    public static string SignInUrl(MemberRoutes routes, string? back) =>
        Local(back) is { } path ? $"{routes.SignIn}?{Field}={Uri.EscapeDataString(path)}" : routes.SignIn;
}
