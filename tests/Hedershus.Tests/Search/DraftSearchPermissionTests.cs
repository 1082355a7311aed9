using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Backoffice;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Search.SearchStory;

namespace Hedershus.Tests.Search;

/// <summary>
/// The backoffice's draft search (<c>GET /umbraco/management/api/v1/search</c>) signed in with the cookie finds only
/// what the editor may browse: the subtrees of its start nodes, counted and paged within them.
/// </summary>
public abstract class DraftSearchPermissionTests(HostFixture host)
{
    [Fact]
    public async Task An_editor_with_a_start_node_finds_and_counts_only_drafts_below_it()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);
        using var writer = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.Writers], startNodes: [tree.Section]);

        var found = await SearchAsync(writer, word);

        Assert.Equal(new[] { tree.Section, tree.Page }.Order(), Keys(found));
        Assert.Equal(4, found["total"]!.GetValue<int>());
        Assert.Equal(2, found["facets"]!["culture"]!["sv"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paging_within_a_start_node_never_reaches_drafts_outside_it()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);
        using var editor = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.Editors], startNodes: [tree.Section]);

        var pages = new List<JsonObject>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await SearchAsync(editor, word, $"&page={page}&pageSize=2"));
        }

        Assert.All(pages, p => Assert.Equal(4, p["total"]!.GetValue<int>()));
        Assert.Equal(4, pages.Sum(p => p["items"]!.AsArray().Count));
        Assert.Empty(pages[2]["items"]!.AsArray());
        Assert.Equal(new[] { tree.Section, tree.Page }.Order(), pages.SelectMany(Keys).Distinct().Order());
    }

    [Fact]
    public async Task A_start_node_below_a_section_hides_the_section_itself_which_is_only_walked_through()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);
        using var translator = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.Translators], cultures: ["en"], startNodes: [tree.Page]);

        var found = await SearchAsync(translator, word);

        // Translators browse every culture (they may only edit their own), as in the content tree.
        Assert.Equal([tree.Page], Keys(found));
        Assert.Equal(2, found["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Editors_without_start_nodes_and_administrators_find_every_draft()
    {
        using var story = new SearchStory(host.Factory);
        var (word, tree) = await DraftTreeAsync(story);
        using var editor = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.Editors]);
        using var admin = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.Administrators]);

        Assert.Equal(tree.All.Order(), Keys(await SearchAsync(editor, word)));
        Assert.Equal(tree.All.Order(), Keys(await SearchAsync(admin, word)));
    }

    [Fact]
    public async Task A_group_without_content_rights_is_refused()
    {
        using var story = new SearchStory(host.Factory);
        var (word, _) = await DraftTreeAsync(story);
        using var seminars = await BackofficeSession.StartAsync(host.Factory, [BackofficeRoles.SeminarManagers]);

        var response = await seminars.Http.GetAsync($"{ManagementClient.Base}/search?q={word}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
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
        return (word, new DraftTree(section, page, other));
    }

    private static Task<Guid> DraftAsync(SearchStory story, Guid parent, string name, string word) =>
        story.PageAsync(
            parent,
            new Dictionary<string, (string, string, string)> { ["sv"] = (name, "Ingress.", $"<p>{word}</p>"), ["en"] = (name, "Summary.", $"<p>{word}</p>") },
            publish: false);

    private static async Task<JsonObject> SearchAsync(BackofficeSession session, string word, string query = "&pageSize=50") =>
        await ManagementClient.ExpectAsync(await session.Http.GetAsync($"{ManagementClient.Base}/search?q={word}{query}"), HttpStatusCode.OK);

    private static List<Guid> Keys(JsonObject result) =>
        [.. result["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Distinct().Order()];

    private sealed record DraftTree(Guid Section, Guid Page, Guid Other)
    {
        public IEnumerable<Guid> All => [Section, Page, Other];
    }
}

public sealed class SqliteDraftSearchPermissionTests(SqliteHost host) : DraftSearchPermissionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDraftSearchPermissionTests(PostgresHost host) : DraftSearchPermissionTests(host), IClassFixture<PostgresHost>;
