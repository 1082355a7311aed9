using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Site;

/// <summary>The public site renders every document type from the published snapshot, per culture, without JavaScript.</summary>
public abstract partial class SiteRenderingTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("sv", "ltr")]
    [InlineData("en", "ltr")]
    public async Task Every_document_type_renders_in_its_culture_with_lang_and_dir(string culture, string dir)
    {
        foreach (var route in SitePages.OnePerType(host.Factory, culture))
        {
            var html = await PageAsync(route, HttpStatusCode.OK);

            Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
            Assert.Matches(new Regex("<h1>[^<]{3,}</h1>"), html);
            Assert.DoesNotContain("class=\"notice\" role=\"note\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_missing_in_arabic_shows_the_swedish_text_right_to_left_frame_and_a_notice_in_arabic()
    {
        var html = await PageAsync(SitePages.Under("ar", SitePages.RouteMissingIn(host.Factory, "guidancePage", "ar")), HttpStatusCode.OK);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("هذه الصفحة غير متوفرة باللغة العربية بعد", html, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"sv\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("غادر الصفحة بسرعة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_a_summary_describes_itself_in_a_meta_description_and_a_descriptive_title()
    {
        var html = await PageAsync(SitePages.Route(host.Factory, "guidancePage", "en"), HttpStatusCode.OK);

        Assert.Matches(new Regex("<meta name=\"description\" content=\"[^\"]{20,}\""), html);
        Assert.Matches(new Regex("<title>[^<]{3,} – Hedershus</title>"), html);
    }

    [Fact]
    public async Task Translated_segments_lead_to_the_same_page_and_the_language_switcher_links_by_url()
    {
        var en = SitePages.Route(host.Factory, "methodDescription", "en");
        var sv = SitePages.Route(host.Factory, "methodDescription", "sv");

        var html = await PageAsync(sv, HttpStatusCode.OK);

        Assert.NotEqual(sv, en);
        Assert.Contains($"<a href=\"{en}\" lang=\"en\" hreflang=\"en\">English</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/ar{sv}\" lang=\"ar\" hreflang=\"ar\">العربية</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_skip_link_then_quick_exit_crisis_numbers_and_the_safer_browsing_link()
    {
        foreach (var route in SitePages.OnePerType(host.Factory, "sv").Append("/hitta-hjalp/").Append("/finns-inte/"))
        {
            var response = await _http.GetAsync(route);
            var html = await response.Content.ReadAsStringAsync();

            var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
            var focusable = FocusableElement().Matches(body).Select(m => m.Value).Take(2).ToList();
            Assert.Contains("class=\"skip-link\"", focusable[0], StringComparison.Ordinal);
            Assert.Contains("id=\"quick-exit\"", focusable[1], StringComparison.Ordinal);
            Assert.Contains(">Lämna sidan snabbt</a>", html, StringComparison.Ordinal);
            Assert.Contains("href=\"https://www.smhi.se/\" rel=\"noreferrer\"", html, StringComparison.Ordinal);
            foreach (var number in new[] { "tel:112", "tel:020505050", "tel:020577070" })
            {
                Assert.Contains(number, html, StringComparison.Ordinal);
            }

            Assert.Contains("Kontrollerat <time datetime=", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/surfa-sakrare/\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_set_no_cookie_and_send_referrer_policy_and_csp()
    {
        var routes = SitePages.OnePerType(host.Factory, "sv").Concat(SitePages.OnePerType(host.Factory, "en"))
            .Concat(["/hitta-hjalp/?kommun=Botkyrka", "/ar/", "/finns-inte/", "/xx/"]);
        foreach (var route in routes)
        {
            using var response = await _http.GetAsync(route);

            Assert.False(response.Headers.Contains("Set-Cookie"), route);
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        using var search = await _http.PostAsync("/sok", new FormUrlEncodedContent([new("q", "tvångsäktenskap")]));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.False(search.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", search.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Outbound_links_carry_noreferrer_and_nothing_is_loaded_from_another_origin()
    {
        foreach (var route in SitePages.OnePerType(host.Factory, "sv").Append("/hitta-hjalp/"))
        {
            var html = await PageAsync(route, HttpStatusCode.OK);

            foreach (Match anchor in OutboundAnchor().Matches(html))
            {
                Assert.Contains("rel=\"noreferrer\"", anchor.Value, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//[^\"]*\"[^>]*(stylesheet|script)|<(script|img|iframe|link)[^>]+(src|href)=\"(https?:)?//"), html);
        }
    }

    [Fact]
    public async Task There_is_no_service_worker_manifest_or_push_and_forms_do_not_autocomplete()
    {
        var html = await PageAsync("/", HttpStatusCode.OK);

        Assert.DoesNotContain("manifest", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("serviceWorker", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/manifest.webmanifest")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/sw.js")).StatusCode);
        var script = await _http.GetStringAsync("/quick-exit.js");
        Assert.DoesNotContain("serviceWorker", script, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie", script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<input id=\"search-terms\" name=\"q\" type=\"search\" autocomplete=\"off\">", html, StringComparison.Ordinal);
        Assert.Contains("method=\"post\" action=\"/sok\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_load_stays_under_150_kb_with_at_most_20_kb_of_javascript()
    {
        foreach (var route in SitePages.OnePerType(host.Factory, "sv").Append("/hitta-hjalp/?kommun=Stockholm"))
        {
            var html = await _http.GetStringAsync(route);
            var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var others = AssetHref().Matches(html).Select(m => m.Groups[1].Value).ToList();

            long script = 0;
            foreach (var src in scripts)
            {
                script += (await _http.GetByteArrayAsync(src)).Length;
            }

            long total = System.Text.Encoding.UTF8.GetByteCount(html) + script;
            foreach (var href in others)
            {
                total += (await _http.GetByteArrayAsync(href)).Length;
            }

            Assert.NotEmpty(scripts);
            Assert.True(script <= 20 * 1024, $"{route}: {script} bytes of JavaScript");
            Assert.True(total <= 150 * 1024, $"{route}: {total} bytes uncompressed");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> PageAsync(string route, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(route);
        Assert.True(expected == response.StatusCode, $"{route}: {response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<(a|button|input|select|textarea)\\b[^>]*>")]
    private static partial Regex FocusableElement();

    [GeneratedRegex("<script[^>]+src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<link[^>]+href=\"(/[^\"]+)\"")]
    private static partial Regex AssetHref();

    [GeneratedRegex("<a\\s[^>]*href=\"(https?:)?//[^\"]*\"[^>]*>")]
    private static partial Regex OutboundAnchor();
}

public sealed class SqliteSiteRenderingTests(SqliteSeedHost host) : SiteRenderingTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSiteRenderingTests(PostgresSeedHost host) : SiteRenderingTests(host), IClassFixture<PostgresSeedHost>;
