namespace Hedershus.Web.Site.Networks;

/// <summary>The network pages that are not content: the join form's POST and the member directory, per language.</summary>
public static class NetworkSiteUrls
{
    public const string Swedish = "/natverk/";
    public const string English = "/en/networks/";

    public static IReadOnlyList<(string Culture, string Prefix)> All { get; } = [("sv", Swedish), ("en", English)];

    public static string Join(string culture, Guid network) => Prefix(culture) + network.ToString("D") + (culture == "sv" ? "/ansok" : "/join");

    public static string Directory(string culture, Guid network) => Prefix(culture) + network.ToString("D") + (culture == "sv" ? "/medlemmar" : "/members");

    /// <summary>Swedish pages use Swedish addresses; every other language the English ones.</summary>
    public static string Prefix(string culture) => culture == "sv" ? Swedish : English;
}
