using Hedershus.Core.Members;

namespace Hedershus.Web.Members;

/// <summary>The member pages' addresses in one language: Swedish under /medlem/, English under /en/member/.</summary>
public sealed record MemberRoutes(string Culture, string Home, string SignIn, string Code, string Profile, string Leave, string Delete, string SignOut)
{
    public static MemberRoutes Swedish { get; } = new("sv", MemberPaths.Swedish, MemberPaths.SignIn("sv"), MemberPaths.Swedish + "kod",
        MemberPaths.Swedish + "profil", MemberPaths.Swedish + "lamna", MemberPaths.Swedish + "radera", MemberPaths.Swedish + "logga-ut");

    public static MemberRoutes English { get; } = new("en", MemberPaths.English, MemberPaths.SignIn("en"), MemberPaths.English + "code",
        MemberPaths.English + "profile", MemberPaths.English + "leave", MemberPaths.English + "delete", MemberPaths.English + "sign-out");

    public static IReadOnlyList<MemberRoutes> All { get; } = [Swedish, English];

    public static MemberRoutes For(string culture) => culture == "sv" ? Swedish : English;
}
