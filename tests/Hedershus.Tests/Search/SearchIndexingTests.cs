using System.Net;
using System.Net.Http.Json;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Operations.Health;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>The published index follows publish, unpublish, trash and move through the change journal.</summary>
public abstract class SearchIndexingTests(HostFixture host)
{
    [Fact]
    public async Task A_published_page_becomes_searchable_and_leaves_the_index_when_unpublished()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var page = await story.PageAsync(root, $"Vägledning {word}", "En kort ingress.", $"<p>Brödtext om {word} och stöd.</p>");

        var found = await story.SearchUntilAsync(new { q = word, culture = "sv" }, a => Has(a, page));
        Assert.Equal($"Vägledning {word}", Item(found, page)["name"]!.GetValue<string>());
        Assert.Equal("guidancePage", Item(found, page)["contentType"]!.GetValue<string>());
        Assert.Equal("sv", Item(found, page)["culture"]!.GetValue<string>());

        await ManagementClient.ExpectAsync(await story.Api.Http.PostAsJsonAsync($"{ManagementClient.Base}/documents/{page}/unpublish", new { cultures = new[] { "sv" } }), HttpStatusCode.OK);
        await story.SearchUntilAsync(new { q = word, culture = "sv" }, a => !Has(a, page));
    }

    [Fact]
    public async Task A_trashed_page_and_its_descendants_leave_the_index()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var parent = await story.PageAsync(root, $"Förälder {word}", "Ingress.", $"<p>{word}</p>");
        var child = await story.PageAsync(parent, $"Barn {word}", "Ingress.", $"<p>{word}</p>");
        await story.SearchUntilAsync(new { q = word }, a => Has(a, parent) && Has(a, child));

        await ManagementClient.ExpectAsync(await story.Api.Http.PostAsync($"{ManagementClient.Base}/documents/{parent}/trash", null), HttpStatusCode.NoContent);

        var answer = await story.SearchUntilAsync(new { q = word }, a => !Has(a, parent));
        Assert.False(Has(answer, child));
        Assert.Equal(0, answer["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Moving_a_page_updates_its_url_and_the_urls_of_its_descendants()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var first = await story.PageAsync(root, $"Första {word}", "Ingress.", "<p>Text.</p>");
        var second = await story.PageAsync(root, $"Andra {word}", "Ingress.", "<p>Text.</p>");
        var child = await story.PageAsync(first, $"Underordnad {word}", "Ingress.", "<p>Text.</p>");
        var before = await story.SearchUntilAsync(new { q = word }, a => Has(a, child));
        Assert.EndsWith($"/forsta-{word}/underordnad-{word}/", Item(before, child)["url"]!.GetValue<string>(), StringComparison.Ordinal);

        await ManagementClient.ExpectAsync(await story.Api.Http.PostAsJsonAsync($"{ManagementClient.Base}/documents/{first}/move", new { parentId = second }), HttpStatusCode.OK);

        var after = await story.SearchUntilAsync(new { q = word }, a => Item(a, child)["url"]!.GetValue<string>().Contains($"/andra-{word}/forsta-{word}/", StringComparison.Ordinal));
        Assert.EndsWith($"/andra-{word}/forsta-{word}/", Item(after, first)["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_the_whole_result_and_filters_keep_the_chosen_values()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        for (var i = 0; i < 12; i++)
        {
            await story.PageAsync(root, $"Sida {i} {word}", "Ingress.", $"<p>{word}</p>", new { audience = new[] { i < 8 ? "young" : "professionals" }, topics = new[] { "school" } });
        }

        var help = await story.PageAsync(root, $"Stöd {word}", $"Ring oss om {word}.", "<p>Text.</p>", new { municipality = "Huddinge", audience = new[] { "young", "relatives" } }, "helpService");
        var all = await story.SearchUntilAsync(new { q = word, pageSize = 5 }, a => a["total"]!.GetValue<int>() == 13);

        Assert.Equal(5, Items(all).Count);
        Assert.Equal(12, Facet(all, "contentType", "guidancePage"));
        Assert.Equal(1, Facet(all, "contentType", "helpService"));
        Assert.Equal(9, Facet(all, "audience", "young"));
        Assert.Equal(4, Facet(all, "audience", "professionals"));
        Assert.Equal(1, Facet(all, "audience", "relatives"));
        Assert.Equal(12, Facet(all, "topic", "school"));
        Assert.Equal(1, Facet(all, "municipality", "Huddinge"));
        Assert.Equal(13, Facet(all, "culture", "sv"));

        var young = await story.SearchAsync(new { q = word, filters = new { audience = new[] { "young" } } });
        Assert.Equal(9, young["total"]!.GetValue<int>());
        Assert.Equal(9, Facet(young, "audience", "young"));

        var either = await story.SearchAsync(new { q = word, filters = new { audience = new[] { "professionals", "relatives" } } });
        Assert.Equal(5, either["total"]!.GetValue<int>());

        var both = await story.SearchAsync(new { q = word, filters = new { audience = new[] { "young" }, municipality = new[] { "Huddinge" } } });
        Assert.Equal(help, Assert.Single(Items(both))["id"]!.GetValue<Guid>());

        var byQueryString = await ManagementClient.ExpectAsync(await story.Http.GetAsync($"/api/search?q={word}&filter=contentType:helpService"), HttpStatusCode.OK);
        Assert.Equal(1, byQueryString["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pages_follow_each_other_and_date_sort_puts_the_newest_first()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var pages = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            host.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            pages.Add(await story.PageAsync(root, $"Nyhet {i} {word}", "Ingress.", $"<p>{word}</p>"));
        }

        await story.SearchUntilAsync(new { q = word }, a => a["total"]!.GetValue<int>() == 5);
        var first = Items(await story.SearchAsync(new { q = word, pageSize = 2, page = 1, sort = "date" }));
        var second = Items(await story.SearchAsync(new { q = word, pageSize = 2, page = 2, sort = "date" }));
        var third = Items(await story.SearchAsync(new { q = word, pageSize = 2, page = 3, sort = "date" }));

        var order = first.Concat(second).Concat(third).Select(i => i["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(Enumerable.Reverse(pages), order);
    }

    [Fact]
    public async Task Health_reports_documents_per_culture_against_published_content()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        await story.PageAsync(root, $"Hälsa {word}", "Ingress.", "<p>Text.</p>");
        await story.SearchUntilAsync(new { q = word }, a => a["total"]!.GetValue<int>() == 1);

        var search = (await story.Http.GetFromJsonAsync<HealthAnswer>("/health"))!.Checks["search"];

        Assert.Equal("Healthy", search.Status);
        Assert.Matches(@"sv (\d+)/\1", search.Description);
        Assert.Matches(@"en (\d+)/\1", search.Description);
    }

    [Fact]
    public async Task Editors_find_drafts_through_the_management_api_and_only_with_its_key()
    {
        using var story = new SearchStory(host.Factory);
        var word = Word();
        var root = await story.RootAsync();
        var draft = await story.PageAsync(root, new Dictionary<string, (string, string, string)> { ["sv"] = ($"Utkast {word}", "Ingress.", "<p>Text.</p>") }, publish: false);

        var answer = await ManagementClient.ExpectAsync(await story.Api.Http.GetAsync($"{ManagementClient.Base}/search?q={word}"), HttpStatusCode.OK);
        Assert.True(Has(answer, draft));
        var published = await story.SearchAsync(new { q = word });
        Assert.False(Has(published, draft));

        var anonymous = await story.Http.GetAsync($"{ManagementClient.Base}/search?q={word}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

public sealed class SqliteSearchIndexingTests(SqliteHost host) : SearchIndexingTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSearchIndexingTests(PostgresHost host) : SearchIndexingTests(host), IClassFixture<PostgresHost>;
