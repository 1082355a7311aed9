using System.Net;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Site;

/// <summary>The pages every footer links to: privacy, the accessibility statement with what Swedish law asks for, contact, about.</summary>
public abstract class SiteFooterPagesTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/", "/surfa-sakrare/", "/integritet/", "/tillganglighet/", "/kontakt/", "/om-hedershus/")]
    [InlineData("/en/", "/en/browse-more-safely/", "/en/privacy/", "/en/accessibility/", "/en/contact/", "/en/about/")]
    [InlineData("/ar/finns-inte/", "/ar/browse-safely/", "/ar/integritet/", "/ar/tillganglighet/", "/ar/kontakt/", "/ar/om-hedershus/")]
    public async Task Every_footer_links_the_five_pages_in_the_visitors_language(string page, params string[] links)
    {
        using var response = await _http.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];

        foreach (var link in links)
        {
            Assert.Contains($"<a href=\"{link}\">", footer, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(link)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/tillganglighet/", "delvis förenlig", "Det här fungerar inte än", "29 november 2026", "egen granskning", "Säg till om något inte fungerar")]
    [InlineData("/en/accessibility/", "partially compliant", "What does not work yet", "29 November 2026", "our own assessment", "Tell us if something does not work")]
    public async Task The_accessibility_statement_holds_what_the_law_requires(string path, string status, string gaps, string date, string method, string feedback)
    {
        var html = await _http.GetStringAsync(path);

        foreach (var part in new[] { status, gaps, date, method, feedback, "WCAG 2.1", "axe-core", "2018:1937" })
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"https://www.digg.se/tdosanmalan\" rel=\"noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://start.stockholm/\" rel=\"noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/integritet/", "inga kakor", "IP-adress", "inte i adressen", "90 dagar", "Integritetsskyddsmyndigheten", "allmän handling")]
    [InlineData("/en/privacy/", "no cookies", "IP address", "not in the address", "90 days", "Privacy Protection (IMY)", "official document")]
    public async Task The_privacy_page_says_what_is_stored_and_that_nothing_tracks_the_visitor(string path, params string[] parts)
    {
        var html = await _http.GetStringAsync(path);

        foreach (var part in parts)
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task About_names_the_parties_behind_the_centre_and_contact_routes_every_need()
    {
        var about = await _http.GetStringAsync("/om-hedershus/");
        var contact = await _http.GetStringAsync("/kontakt/");

        foreach (var part in new[] { "Stockholms stad är huvudman", "6 miljoner kronor", "regionen", "Polismyndigheten i Stockholms län" })
        {
            Assert.Contains(part, about, StringComparison.Ordinal);
        }

        foreach (var number in new[] { "tel:112", "tel:020577070", "tel:020505050", "tel:116111", "tel:0102235760" })
        {
            Assert.Contains(number, contact, StringComparison.Ordinal);
        }

        Assert.Contains("allmän handling", contact, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSiteFooterPagesTests(SqliteSeedHost host) : SiteFooterPagesTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSiteFooterPagesTests(PostgresSeedHost host) : SiteFooterPagesTests(host), IClassFixture<PostgresSeedHost>;
