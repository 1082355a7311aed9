namespace Hedershus.Web.Site;

/// <summary>The "Site" section: settings of the public site.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// Where the quick exit sends a visitor (SAFETY.md S3): a harmless page such as a weather forecast. Never a
    /// search engine or social network, whose history and suggestions could reveal what was looked at before.
    /// </summary>
    public string NeutralUrl { get; set; } = "https://www.smhi.se/";

    /// <summary>Memory for rendered pages kept until the next publish (0 turns keeping them off).</summary>
    public int PageCacheMegabytes { get; set; } = 64;

    /// <summary>Hosts the neutral URL may never point at (and their subdomains).</summary>
    public static IReadOnlyList<string> ForbiddenNeutralHosts { get; } =
    [
        "google.com", "google.se", "bing.com", "duckduckgo.com", "yahoo.com", "yandex.com", "baidu.com", "ecosia.org",
        "startpage.com", "facebook.com", "instagram.com", "tiktok.com", "x.com", "twitter.com", "youtube.com",
        "snapchat.com", "linkedin.com", "reddit.com", "pinterest.com", "threads.net", "whatsapp.com", "telegram.org",
    ];

    /// <summary>True when <paramref name="url"/> is an absolute https address outside the forbidden hosts.</summary>
    public static bool IsAcceptableNeutralUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        return !ForbiddenNeutralHosts.Any(f => host == f || host.EndsWith("." + f, StringComparison.Ordinal));
    }
}
