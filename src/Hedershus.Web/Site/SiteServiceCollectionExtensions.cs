using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Hedershus.Web.Site;

public static class SiteServiceCollectionExtensions
{
    /// <summary>The public site: Razor components rendered on the server, no interactivity, no cookies.</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .Validate(o => SiteOptions.IsAcceptableNeutralUrl(o.NeutralUrl),
                "Site:NeutralUrl must be an https address of a harmless page (a weather forecast), never a search engine or social network.")
            .ValidateOnStart();
        services.AddRazorComponents();

        // Pages are in ten languages: write their letters as they are, not as &#x…; entities (a third of the weight).
        // Razor components take the HtmlEncoder from the container; markup-significant characters are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<SiteCultures>();
        services.AddSingleton<SiteTextSource>();
        services.AddSingleton<SiteFrameBuilder>();
        services.AddSingleton<HelpFinder>();
        services.AddSingleton<MethodBank.MethodBankFinder>();
        services.AddSingleton<Search.SiteSearch>();
        services.AddSingleton<SiteViewBuilder>();
        services.AddSingleton<SitePageResolver>();
        services.AddSingleton<SitePageRenderer>();
        services.AddSingleton<SitePageCache>();
        return services;
    }
}
