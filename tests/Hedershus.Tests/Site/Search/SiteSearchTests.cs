using System.Net;
using System.Text.RegularExpressions;

namespace Hedershus.Tests.Site.Search;

/// <summary>
/// The search page over the real index: posted words and filters (SAFETY.md S9), highlighted hits linked for the
/// visitor, facets as filters, did you mean, hits from other languages marked as such, paging, and nothing logged.
/// </summary>
public abstract partial class SiteSearchTests(SiteSearchHost host) : IAsyncLifetime
{
    private readonly SiteSearchClient _site = new(host.Factory);

    public Task InitializeAsync() => _site.WaitForIndexAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_posted_search_shows_highlighted_hits_linked_in_the_visitors_language_and_is_never_stored()
    {
        using var response = await _site.PostAsync("/sok", ("q", "tvångsäktenskap"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("<title>Sök – Hedershus</title>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<p class=\"search-count\" role=\"status\">[0-9]+ träffar</p>"), html);
        Assert.Contains("<a href=\"/ung/tvangsaktenskap/\">Tvångsäktenskap</a>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<p class=\"snippet\">[^<]*<mark>[Tt]vångsäktenskap</mark>"), html);
        Assert.Contains("value=\"tvångsäktenskap\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"note\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_are_offered_as_posted_checkboxes_and_narrow_the_hits()
    {
        var all = await _site.PageAsync("/sok", ("q", "socialtjänsten"));
        var methods = await _site.PageAsync("/sok", ("q", "socialtjänsten"), ("contentType", "methodDescription"));

        Assert.Contains("<input type=\"checkbox\" id=\"facet-contentType-", all, StringComparison.Ordinal);
        Assert.Contains("name=\"contentType\" value=\"methodDescription\" />", all, StringComparison.Ordinal);
        Assert.Contains("<legend>Typ av sida</legend>", all, StringComparison.Ordinal);
        Assert.Contains("name=\"contentType\" value=\"methodDescription\" checked />", methods, StringComparison.Ordinal);
        Assert.True(Count(methods) < Count(all), $"{Count(methods)} of {Count(all)}");
        var kinds = HitKind().Matches(methods).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Metod", k));
    }

    [Fact]
    public async Task Filter_values_the_content_model_does_not_know_are_dropped_and_never_echoed()
    {
        var plain = await _site.PageAsync("/sok", ("q", "socialtjänsten"));
        var junk = await _site.PageAsync("/sok", ("q", "socialtjänsten"), ("contentType", "<script>alert(1)</script>"),
            ("audience", "Atlantis"), ("municipality", "Gotham"), ("topic", "Not A Tag!"), ("page", "-3"), ("nonsense", "x"));

        Assert.Equal(Count(plain), Count(junk));
        foreach (var echo in new[] { "<script>alert", "Atlantis", "Gotham", "Not A Tag" })
        {
            Assert.DoesNotContain(echo, junk, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_misspelled_word_offers_a_posted_did_you_mean()
    {
        var html = await _site.PageAsync("/sok", ("q", "könsstympnig"));

        var suggestion = DidYouMean().Match(html);
        Assert.True(suggestion.Success, "No did-you-mean form.");
        Assert.Equal(suggestion.Groups[1].Value, suggestion.Groups[2].Value);
        Assert.StartsWith("k", suggestion.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("stympning", suggestion.Groups[1].Value, StringComparison.Ordinal);
        Assert.True(Count(await _site.PageAsync("/sok", ("q", suggestion.Groups[1].Value))) > 0);
    }

    [Fact]
    public async Task Hits_from_another_language_carry_their_lang_and_the_page_says_so_in_the_visitors_language()
    {
        var html = await _site.PageAsync("/ar/sok", ("q", "tvångsäktenskap"));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\" role=\"note\">وجدنا صفحات قليلة باللغة العربية", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<h3 lang=\"sv\" dir=\"ltr\"><a href=\"/ar/ung/tvangsaktenskap/\">Tvångsäktenskap</a></h3>"), html);
        Assert.Contains("<p class=\"snippet\" lang=\"sv\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("باللغة Svenska", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_word_searched_in_swedish_finds_english_pages_marked_as_english()
    {
        var html = await _site.PageAsync("/sok", ("q", "virginity"));

        Assert.Contains("Några träffar är därför på English.", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<h3 lang=\"en\"><a href=\"/en/[^\"]+\">"), html);
    }

    [Fact]
    public async Task Pages_of_hits_are_posted_buttons_that_keep_the_words_and_filters()
    {
        var first = await _site.PageAsync("/sok", ("q", "socialtjänsten"));
        var second = await _site.PageAsync("/sok", ("q", "socialtjänsten"), ("page", "2"));
        var beyond = await _site.PageAsync("/sok", ("q", "socialtjänsten"), ("page", "999999"));

        Assert.Contains("<button name=\"page\" value=\"2\">Nästa sida</button>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Föregående sida", first, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"q\" value=\"socialtjänsten\" />", first, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"hit-list\" start=\"11\">", second, StringComparison.Ordinal);
        Assert.Contains("<button name=\"page\" value=\"1\">Föregående sida</button>", second, StringComparison.Ordinal);
        Assert.Matches(new Regex("<p>Sida 2 av [0-9]+</p>"), second);
        Assert.NotEqual(HitLinks(first), HitLinks(second));
        Assert.Empty(HitLinks(beyond));
    }

    [Fact]
    public async Task Without_words_the_page_asks_for_some_and_a_get_never_reads_the_query_string()
    {
        var empty = await _site.PageAsync("/sok", ("q", "   "));
        var json = await _site.Http.PostAsync("/sok", new StringContent("{\"q\":\"tvångsäktenskap\"}", System.Text.Encoding.UTF8, "application/json"));
        var get = await _site.Http.GetAsync("/sok/?q=tvångsäktenskap");
        var english = await _site.Http.GetStringAsync("/en/sok/");

        Assert.Contains("<p>Skriv ett eller flera ord och tryck på Sök.</p>", empty, StringComparison.Ordinal);
        Assert.Contains("<p>Skriv ett eller flera ord", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.DoesNotContain("tvångsäktenskap", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<form class=\"search-again\" method=\"post\" action=\"/en/sok\">", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.PostAsync("/xx/sok", ("q", "hjälp"))).StatusCode);
    }

    [Fact]
    public async Task Oversized_and_odd_bodies_answer_4xx_never_500()
    {
        var many = Enumerable.Range(0, 500).Select(i => ("topic", "t" + i)).ToArray();
        var tooMany = await _site.PostAsync("/sok", many);
        var huge = await _site.PostAsync("/sok", ("q", new string('a', 10_000)));
        var long500 = await _site.PageAsync("/sok", ("q", string.Join(' ', Enumerable.Repeat("hjälp", 150))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("search-count", long500, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_words_never_reach_the_log()
    {
        var secret = "hemligtsokord" + Guid.NewGuid().ToString("N")[..8];

        await _site.PageAsync("/sok", ("q", secret));
        await _site.PageAsync("/en/sok", ("q", secret), ("topic", secret), ("page", "2"));

        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("/sok", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    private static int Count(string html) =>
        SearchCount().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : html.Contains(">1 träff<", StringComparison.Ordinal) ? 1 : 0;

    private static List<string> HitLinks(string html) => HitLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("role=\"status\">([0-9]+) träffar<")]
    private static partial Regex SearchCount();

    [GeneratedRegex("<p class=\"meta\">([^<·]+?)(?: · [^<]*)?</p>\\s*<p class=\"snippet\"")]
    private static partial Regex HitKind();

    [GeneratedRegex("<h3[^>]*><a href=\"([^\"]+)\">")]
    private static partial Regex HitLink();

    [GeneratedRegex("<form class=\"did-you-mean\" method=\"post\" action=\"/sok\"><p>Menade du <button class=\"link-button\" name=\"q\" value=\"([^\"]+)\">([^<]+)</button>\\?</p></form>")]
    private static partial Regex DidYouMean();
}

public sealed class SqliteSiteSearchTests(SqliteSiteSearchHost host) : SiteSearchTests(host), IClassFixture<SqliteSiteSearchHost>;

public sealed class PostgresSiteSearchTests(PostgresSiteSearchHost host) : SiteSearchTests(host), IClassFixture<PostgresSiteSearchHost>;
