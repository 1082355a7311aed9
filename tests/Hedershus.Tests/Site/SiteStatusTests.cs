using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Site;

/// <summary>Status codes of the public site: 404 per culture, 301 for moved pages, HEAD, and bad input never a 500.</summary>
public abstract class SiteStatusTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
    private readonly ManagementClient _api = new(host.Factory);

    [Fact]
    public async Task A_missing_page_answers_404_with_the_not_found_page_of_its_culture()
    {
        var sv = await _http.GetAsync("/finns-inte-alls/");
        var en = await _http.GetAsync("/en/does-not-exist/");
        var ar = await _http.GetAsync("/ar/does-not-exist/");

        Assert.Equal(HttpStatusCode.NotFound, sv.StatusCode);
        Assert.Contains("<h1>Sidan finns inte</h1>", await sv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var arabic = await ar.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("<h1>الصفحة غير موجودة</h1>", arabic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/xx/")]
    [InlineData("/de/hilfe/")]
    [InlineData("/zz-unknown/ung/")]
    public async Task An_unknown_culture_prefix_answers_the_swedish_404_page(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%C0%AF/")]
    [InlineData("/a/../../etc/passwd")]
    [InlineData("/\u00e5\u00e4\u00f6/\u0645/")]
    public async Task Malformed_paths_answer_404_never_500(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/ung/%2e%2e/%2e%2e/")]
    [InlineData("/ung//..//")]
    [InlineData("/%2F%2F/")]
    [InlineData("/ung/%FF%FE/")]
    public async Task Dot_segments_and_odd_encodings_never_answer_500(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
    }

    [Fact]
    public async Task A_very_long_path_answers_404()
    {
        var response = await _http.GetAsync("/" + string.Join('/', Enumerable.Repeat("segment", 400)) + "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Junk_query_strings_are_ignored()
    {
        var route = SitePages.Route(host.Factory, "guidancePage");
        var plain = await _http.GetStringAsync(route);

        var response = await _http.GetAsync(route + "?utm_source=x&kommun[]=1&behov=%ZZ&&=&a=" + new string('x', 1000));
        var finder = await _http.GetAsync("/hitta-hjalp/?kommun=Atlantis&behov=<script>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(plain, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, finder.StatusCode);
        Assert.DoesNotContain("Atlantis", await finder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/"));
        using var missing = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/nothing-here/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_renamed_page_answers_301_to_its_new_address_in_the_visitors_culture()
    {
        var created = await _api.CreateAsync("guidancePage", SitePages.HomeKey, new System.Text.Json.Nodes.JsonObject
        {
            ["sv"] = Culture("Gammal vägledning", new { summary = "Före flytten.", body = "<p>Text.</p>" }),
            ["en"] = Culture("Old guidance", new { summary = "Before the move.", body = "<p>Text.</p>" }),
        });
        var id = Id(created);
        await _api.PublishAsync(id, "sv", "en");
        var revision = (await _api.GetAsync(id))["revision"]!.GetValue<int>();
        var rename = new System.Text.Json.Nodes.JsonObject
        {
            ["revision"] = revision,
            ["cultures"] = new System.Text.Json.Nodes.JsonObject { ["sv"] = Culture("Ny vägledning", new { summary = "Flyttad.", body = "<p>Text.</p>" }, "ny-vagledning") },
        };
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", rename), HttpStatusCode.OK);
        await _api.PublishAsync(id, "sv");

        var moved = await _http.GetAsync("/gammal-vagledning/");
        var movedForArabic = await _http.GetAsync("/ar/gammal-vagledning/");
        var current = await _http.GetAsync("/ny-vagledning/");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/ny-vagledning/", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, movedForArabic.StatusCode);
        Assert.Equal("/ar/ny-vagledning/", movedForArabic.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task The_site_leaves_the_backoffice_apis_media_and_health_alone()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/umbraco/delivery/api/v2/content/item/")).StatusCode);
        var api = await _http.GetAsync("/api/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.NotEqual("text/html", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/media/no-such-file.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/favicon.ico")).StatusCode);
    }

    [Fact]
    public async Task Hitta_hjalp_filters_by_municipality_and_need_with_plain_get_forms()
    {
        var all = await _http.GetStringAsync("/hitta-hjalp/");
        var stockholm = await _http.GetStringAsync("/hitta-hjalp/?kommun=Stockholm");
        var botkyrka = await _http.GetStringAsync("/hitta-hjalp/?kommun=botkyrka&behov=abroad");
        var english = await _http.GetStringAsync("/en/find-help/?kommun=Stockholm");

        Assert.Contains("<form method=\"get\" action=\"/hitta-hjalp/\"", all, StringComparison.Ordinal);
        Assert.Equal(26, System.Text.RegularExpressions.Regex.Count(all, "<option value=\"[^\"]+\"") - 11);
        Assert.Contains("<option value=\"Stockholm\" selected>", stockholm, StringComparison.Ordinal);
        Assert.Contains("<title>Hitta hjälp: Stockholm – Hedershus</title>", stockholm, StringComparison.Ordinal);
        Assert.Contains("Kvinnofridslinjen", stockholm, StringComparison.Ordinal);
        Assert.Contains("Utanför kontorstid: ring 112 och be att bli kopplad till socialjouren.", botkyrka, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Botkyrka\" selected>", botkyrka, StringComparison.Ordinal);
        Assert.Contains("<h1>Find help</h1>", english, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSiteStatusTests(SqliteSeedHost host) : SiteStatusTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSiteStatusTests(PostgresSeedHost host) : SiteStatusTests(host), IClassFixture<PostgresSeedHost>;
