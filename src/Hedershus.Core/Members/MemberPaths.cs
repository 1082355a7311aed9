namespace Hedershus.Core.Members;

/// <summary>Where the member pages live on the site, per language (Swedish at the root, English under /en/).</summary>
public static class MemberPaths
{
    public const string Swedish = "/medlem/";
    public const string English = "/en/member/";
    public const string SwedishSignIn = "logga-in";
    public const string EnglishSignIn = "sign-in";

    /// <summary>The page a join confirmation link opens; it shows a button, only the button's POST confirms.</summary>
    public const string ConfirmMembership = "/natverk/bekrafta/";

    public static string Home(string language) => IsSwedish(language) ? Swedish : English;

    public static string SignIn(string language) => Home(language) + (IsSwedish(language) ? SwedishSignIn : EnglishSignIn);

    public static bool IsSwedish(string? language) => language is null || language == "sv" || language.StartsWith("sv-", StringComparison.Ordinal);
}
