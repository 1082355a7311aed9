using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>What visitors type: markup, Lucene syntax, typos, other languages — and what the answer never leaks.</summary>
public abstract partial class SearchQueryTests(SearchHost host)
{
    [Fact]
    public async Task Snippets_mark_the_matched_words_and_escape_markup_from_content_and_query()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Märkning {word}", $"Ingress <script>alert('ingress')</script> {word}",
            $"<p>Före &lt;script&gt;alert(1)&lt;/script&gt; och {word} &amp; \"citat\" efter.</p>");

        foreach (var q in new[] { word, $"<script>{word}</script>", $"\"><img src=x onerror=alert(1)> {word}" })
        {
            var answer = await story.SearchUntilAsync(new { q }, a => Has(a, page));
            var snippet = Item(answer, page)["snippet"]!.GetValue<string>();
            Assert.Contains($"<mark>{word}</mark>", snippet, StringComparison.Ordinal);
            Assert.Contains(q == word ? "&lt;script&gt;" : "&lt;", snippet, StringComparison.Ordinal);
            Assert.DoesNotMatch("[<>]", MarkTags().Replace(snippet, ""));
        }
    }

    [Fact]
    public async Task Snippets_mark_words_matched_only_without_their_diacritics_and_stay_escaped()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var rare = Word("zå"); // a word of this test only, with a letter people type without its ring
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Prickar {word}", $"Ingress om {rare}.",
            $"<p>Om &lt;b&gt;tvångsäktenskap&lt;/b&gt; och {word}: ett hedersrelaterat brott mot {rare}.</p>");

        var answer = await story.SearchUntilAsync(new { q = $"tvangsaktenskap {word}" }, a => Has(a, page));
        var snippet = Item(answer, page)["snippet"]!.GetValue<string>();
        Assert.Contains("<mark>tvångsäktenskap</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains($"<mark>{word}</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotMatch("[<>]", MarkTags().Replace(snippet, ""));

        var folded = rare.Replace('å', 'a');
        snippet = Item(await story.SearchAsync(new { q = folded }), page)["snippet"]!.GetValue<string>();
        Assert.Contains($"<mark>{rare}</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(folded, snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lucene_syntax_is_searched_as_text_and_never_fails()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Syntax {word}", "Ingress.", $"<p>{word} och mer.</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, page));

        string[] inputs =
        [
            "*", "?", "~", "\"", "(", ")", ":", "\\", "AND", "OR NOT", "*" + word, word + "*", word + "~2", "\"" + word, "(" + word + " OR",
            "name:" + word, "[1 TO 5]", "{a TO b}", "/regex.*/", "+-!^&|", "a:b:c", "\\" + word + "\\", "???" + word, "* ? * ? *", "NOT " + word,
            new string('(', 200), string.Join(' ', Enumerable.Repeat("a*b?c~", 60)),
        ];
        foreach (var q in inputs)
        {
            var answer = await story.SearchAsync(new { q });
            Assert.NotNull(answer["total"]);
        }

        foreach (var q in new[] { "*" + word, word + "~2", "(" + word + " OR", "name:" + word, "NOT " + word })
        {
            Assert.True(Has(await story.SearchAsync(new { q }), page), $"'{q}' should find the page as text");
        }
    }

    [Theory]
    [InlineData("""{"q":""}""", "q")]
    [InlineData("""{"q":"   "}""", "q")]
    [InlineData("""{}""", "q")]
    [InlineData("""{"q":"hjälp","culture":"xx"}""", "culture")]
    [InlineData("""{"q":"hjälp","filters":{"color":["red"]}}""", "filters.color")]
    [InlineData("""{"q":"hjälp","pageSize":101}""", "pageSize")]
    [InlineData("""{"q":"hjälp","pageSize":0}""", "pageSize")]
    [InlineData("""{"q":"hjälp","page":0}""", "page")]
    [InlineData("""{"q":"hjälp","page":500,"pageSize":100}""", "page")]
    [InlineData("""{"q":"hjälp","sort":"popularity"}""", "sort")]
    [InlineData("""{"q":5}""", "$.q")]
    public async Task Bad_search_requests_answer_400_naming_the_field(string body, string field)
    {
        using var story = new SearchStory(host.Factory);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await story.Http.PostAsync("/api/search", content);
        await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Overlong_queries_and_bad_query_strings_answer_400()
    {
        using var story = new SearchStory(host.Factory);
        await ManagementClient.ExpectProblemAsync(await story.PostAsync(new { q = new string('a', 501) }), HttpStatusCode.BadRequest, "q");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync("/api/search?q="), HttpStatusCode.BadRequest, "q");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync("/api/search?q=hj%C3%A4lp&pageSize=101"), HttpStatusCode.BadRequest, "pageSize");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync("/api/search?q=hj%C3%A4lp&filter=audience"), HttpStatusCode.BadRequest, "filter");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync("/api/search?q=hj%C3%A4lp&filter=colour:red"), HttpStatusCode.BadRequest, "filters.colour");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync("/api/search/suggest?q=hj&culture=xx"), HttpStatusCode.BadRequest, "culture");
        await ManagementClient.ExpectProblemAsync(await story.Http.GetAsync($"/api/search/suggest?q={new string('a', 501)}"), HttpStatusCode.BadRequest, "q");
        Assert.Equal(HttpStatusCode.OK, (await story.PostAsync(new { q = new string('a', 500) })).StatusCode);
    }

    [Fact]
    public async Task Suggest_completes_titles_and_frequent_words_of_the_culture()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word("zv");
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"{word} och stöd", "Ingress.", $"<p>Om {word}kunskap och {word}kunskap igen.</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, page));

        var answer = await ManagementClient.ExpectAsync(await story.Http.GetAsync($"/api/search/suggest?q={word[..5]}&culture=sv"), HttpStatusCode.OK);
        var suggestions = answer["suggestions"]!.AsArray().Select(s => s!.AsObject()).ToList();

        Assert.InRange(suggestions.Count, 1, 8);
        var title = Assert.Single(suggestions, s => s["kind"]!.GetValue<string>() == "title");
        Assert.Equal($"{word} och stöd", title["text"]!.GetValue<string>());
        Assert.Equal(page, title["id"]!.GetValue<Guid>());
        Assert.Contains(suggestions, s => s["kind"]!.GetValue<string>() == "term" && s["text"]!.GetValue<string>() == $"{word}kunskap");
        var english = await ManagementClient.ExpectAsync(await story.Http.GetAsync($"/api/search/suggest?q={word[..5]}&culture=en"), HttpStatusCode.OK);
        Assert.Empty(english["suggestions"]!.AsArray());
    }

    [Fact]
    public async Task A_typo_is_found_by_a_fuzzy_match_and_corrected_in_did_you_mean()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word("kv");
        var typo = word.Remove(4, 1);
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Stavning {word}", "Ingress.", $"<p>Text om {word}.</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, page));

        var answer = await story.SearchAsync(new { q = $"stöd {typo}" });

        Assert.True(Has(answer, page));
        Assert.Equal($"stöd {word}", answer["didYouMean"]!.GetValue<string>());
        Assert.Null((await story.SearchAsync(new { q = word }))["didYouMean"]);
    }

    [Fact]
    public async Task Few_hits_in_a_culture_add_swedish_and_english_hits_marked_with_their_language()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var swedish = await story.PageAsync(root, $"Svensk {word}", "Ingress.", $"<p>{word}</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, swedish));

        var arabic = await story.SearchAsync(new { q = word, culture = "ar" });
        Assert.Equal("sv", Item(arabic, swedish)["culture"]!.GetValue<string>());
        Assert.Equal(["sv"], arabic["fallbackCultures"]!.AsArray().Select(c => c!.GetValue<string>()));

        var enough = Word();
        for (var i = 0; i < 3; i++)
        {
            await story.PageAsync(root, new Dictionary<string, (string, string, string)> { ["en"] = ($"English {i} {enough}", "Summary.", $"<p>{enough}</p>") });
        }

        await story.PageAsync(root, $"Svensk {enough}", "Ingress.", $"<p>{enough}</p>");
        var english = await story.SearchUntilAsync(new { q = enough, culture = "en" }, a => a["total"]!.GetValue<int>() >= 3);
        Assert.Empty(english["fallbackCultures"]!.AsArray());
        Assert.All(Items(english), i => Assert.Equal("en", i["culture"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_culture_with_a_fallback_finds_untranslated_pages_in_the_fallback_until_they_are_translated()
    {
        using var story = new SearchStory(host.Factory);

        // Swedish stems -ade off ("zq…kade" → "zq…k"): three letters, more than a typo may differ, so the Sorani
        // query finds the Swedish page only when it is analysed as Swedish too.
        var word = Word() + "kade";
        var root = await story.RootAsync("ckb");
        var page = await story.PageAsync(root, $"Otranslaterad {word}", "Ingress.", $"<p>{word}</p>");
        var untranslated = await story.SearchUntilAsync(new { q = word, culture = "ckb" }, a => Has(a, page));
        Assert.Equal("sv", Item(untranslated, page)["culture"]!.GetValue<string>());
        Assert.Empty(untranslated["fallbackCultures"]!.AsArray());

        var revision = (await story.Api.GetAsync(page))["revision"]!.GetValue<int>();
        var update = new System.Text.Json.Nodes.JsonObject
        {
            ["revision"] = revision,
            ["cultures"] = new System.Text.Json.Nodes.JsonObject { ["ckb"] = ManagementClient.Culture($"Wergêŕ {word}", new { summary = "Kurte.", body = $"<p>{word}</p>" }) },
        };
        await ManagementClient.ExpectAsync(await story.Api.Http.PutAsJsonAsync($"{ManagementClient.Base}/documents/{page}", update), HttpStatusCode.OK);
        await story.Api.PublishAsync(page, "ckb");

        var translated = await story.SearchUntilAsync(new { q = word, culture = "ckb" }, a => Has(a, page) && Item(a, page)["culture"]!.GetValue<string>() == "ckb");
        Assert.Single(Items(translated), i => i["id"]!.GetValue<Guid>() == page);
    }

    [Fact]
    public async Task The_search_api_sets_no_cookie_and_is_not_cached()
    {
        using var story = new SearchStory(host.Factory);
        foreach (var response in new[]
        {
            await story.PostAsync(new { q = "hjälp" }),
            await story.Http.GetAsync("/api/search?q=hj%C3%A4lp"),
            await story.Http.GetAsync("/api/search/suggest?q=hj"),
            await story.PostAsync(new { q = "" }),
        })
        {
            Assert.False(response.Headers.Contains("Set-Cookie"), "The search API must not set cookies (SAFETY S7).");
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_query_text_never_reaches_the_log()
    {
        using var story = new SearchStory(host.Factory);
        var secret = Word("hemlig");
        var root = await story.RootAsync();
        await story.PageAsync(root, $"Loggsida {secret}", "Ingress.", $"<p>{secret}</p>");
        await story.SearchUntilAsync(new { q = secret }, a => a["total"]!.GetValue<int>() == 1);

        await story.SearchAsync(new { q = secret + "x", culture = "en", filters = new { audience = new[] { "young" } } });
        await story.SearchAsync(new { q = $"name:{secret}* AND (\"{secret}" });
        await story.PostAsync(new { q = secret + new string('a', 501) });
        await story.PostAsync(new { q = secret, culture = "xx" });
        await story.Http.GetAsync($"/api/search?q={secret}&pageSize=500");
        await story.Http.GetAsync($"/api/search/suggest?q={secret[..7]}");
        await story.Api.Http.GetAsync($"{ManagementClient.Base}/search?q={secret}");

        Assert.Contains("/api/search", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[..7], host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTags();
}

public sealed class SqliteSearchQueryTests(SqliteSearchHost host) : SearchQueryTests(host), IClassFixture<SqliteSearchHost>;

public sealed class PostgresSearchQueryTests(PostgresSearchHost host) : SearchQueryTests(host), IClassFixture<PostgresSearchHost>;
