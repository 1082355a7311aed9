using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Search.Drafts;
using Hedershus.Core.Search.Querying;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>Editors' draft search stays inside the scope it is given: start nodes with their subtrees, and cultures.</summary>
public abstract class DraftSearchScopeTests(HostFixture host)
{
    [Fact]
    public async Task A_scope_of_start_nodes_finds_their_subtrees_only_and_counts_only_them()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);

        var everything = await SearchAsync(word, DraftSearchScope.Everything);
        Assert.Equal(tree.All.Order(), Keys(everything));

        var section = await SearchAsync(word, new DraftSearchScope(StartNodes: [tree.Section]));
        Assert.Equal(new[] { tree.Section, tree.Page }.Order(), Keys(section));
        Assert.Equal(4, section.Total);
        Assert.Equal(2, section.Facets["culture"]["sv"]);

        var two = await SearchAsync(word, new DraftSearchScope(StartNodes: [tree.Page, tree.Other]));
        Assert.Equal(new[] { tree.Page, tree.Other }.Order(), Keys(two));

        var none = await SearchAsync(word, new DraftSearchScope(StartNodes: []));
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Facets["culture"]);
    }

    [Fact]
    public async Task A_scope_of_cultures_finds_drafts_in_those_cultures_only()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);

        var english = await SearchAsync(word, new DraftSearchScope(Cultures: ["EN"]));
        Assert.All(english.Items, i => Assert.Equal("en", i.Culture));
        Assert.Equal(tree.All.Order(), Keys(english));

        var swedishInSection = await SearchAsync(word, new DraftSearchScope([tree.Section], ["sv"]));
        Assert.Equal(2, swedishInSection.Total);
        Assert.All(swedishInSection.Items, i => Assert.Equal("sv", i.Culture));

        var askedOutside = await SearchAsync(word, new DraftSearchScope(Cultures: ["sv"]), culture: "en");
        Assert.Equal(0, askedOutside.Total);
    }

    [Fact]
    public async Task A_moved_draft_leaves_the_scope_of_its_old_subtree_and_enters_the_new_one()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);
        Assert.Contains(tree.Page, Keys(await SearchAsync(word, new DraftSearchScope(StartNodes: [tree.Section]))));

        await ManagementClient.ExpectAsync(
            await story.Api.Http.PostAsJsonAsync($"{ManagementClient.Base}/documents/{tree.Page}/move", new { parentId = tree.OtherRoot }), HttpStatusCode.OK);

        Assert.DoesNotContain(tree.Page, Keys(await SearchAsync(word, new DraftSearchScope(StartNodes: [tree.Section]))));
        Assert.Contains(tree.Page, Keys(await SearchAsync(word, new DraftSearchScope(StartNodes: [tree.OtherRoot]))));
    }

    /// <summary>Two roots: one with a section holding a page, one with another page; every page a draft in sv and en.</summary>
    private static async Task<(string Word, DraftTree Tree)> DraftTreeAsync(SearchStory story)
    {
        var word = Word();
        var root = await story.RootAsync();
        var otherRoot = await story.RootAsync();
        var section = await DraftAsync(story, root, $"Avsnitt {word}", word);
        var page = await DraftAsync(story, section, $"Sida {word}", word);
        var other = await DraftAsync(story, otherRoot, $"Annan {word}", word);
        return (word, new DraftTree(otherRoot, section, page, other));
    }

    private static Task<Guid> DraftAsync(SearchStory story, Guid parent, string name, string word) =>
        story.PageAsync(
            parent,
            new Dictionary<string, (string, string, string)> { ["sv"] = (name, "Ingress.", $"<p>{word}</p>"), ["en"] = (name, "Summary.", $"<p>{word}</p>") },
            publish: false);

    private Task<SearchResult> SearchAsync(string word, DraftSearchScope scope, string? culture = null) =>
        host.Factory.Services.GetRequiredService<DraftSearchService>()
            .SearchAsync(new SearchRequest { Q = word, Culture = culture, PageSize = 50 }, scope, CancellationToken.None);

    private static IEnumerable<Guid> Keys(SearchResult result) => result.Items.Select(i => i.Id).Distinct().Order();

    private sealed record DraftTree(Guid OtherRoot, Guid Section, Guid Page, Guid Other)
    {
        public IEnumerable<Guid> All => [Section, Page, Other];
    }
}

public sealed class SqliteDraftSearchScopeTests(SqliteHost host) : DraftSearchScopeTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDraftSearchScopeTests(PostgresHost host) : DraftSearchScopeTests(host), IClassFixture<PostgresHost>;
