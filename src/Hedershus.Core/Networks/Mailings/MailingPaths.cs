using Hedershus.Core.Members;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>Where mailings' pages live: the one-click unsubscribe address and a network's archive on the member pages.</summary>
public static class MailingPaths
{
    public const string Unsubscribe = "/api/unsubscribe/";
    public const string SwedishArchive = "utskick";
    public const string EnglishArchive = "mailings";

    public static string Archive(string language, Guid network) =>
        MemberPaths.Home(language) + (MemberPaths.IsSwedish(language) ? SwedishArchive : EnglishArchive) + "/" + network.ToString("D");
}
