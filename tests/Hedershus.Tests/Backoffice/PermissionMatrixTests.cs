using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Identity;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Backoffice;

/// <summary>
/// The authorisation matrix: every user group tries every content action through the management API with the
/// backoffice cookie, inside and outside its start node. Allowed actions succeed; refused ones answer 403 and leave
/// the tree exactly as it was. The expectations are written out here, not derived from the code under test.
/// </summary>
public abstract class PermissionMatrixTests(ContentHost host)
{
    private const string Admin = BackofficeRoles.Administrators;
    private const string Editor = BackofficeRoles.Editors;
    private const string Writer = BackofficeRoles.Writers;
    private const string Translator = BackofficeRoles.Translators;
    private const string SeminarManager = BackofficeRoles.SeminarManagers;
    private const string NetworkCoordinator = BackofficeRoles.NetworkCoordinators;

    /// <summary>Who may do what inside their start node (translators are given "en").</summary>
    private static readonly Dictionary<MatrixAction, string[]> AllowedInside = new()
    {
        [MatrixAction.Browse] = [Admin, Editor, Writer, Translator],
        [MatrixAction.Create] = [Admin, Editor, Writer],
        [MatrixAction.UpdateSwedish] = [Admin, Editor, Writer],
        [MatrixAction.UpdateEnglish] = [Admin, Editor, Writer, Translator],
        [MatrixAction.UpdateShared] = [Admin, Editor, Writer],
        [MatrixAction.Trash] = [Admin, Editor, Writer],
        [MatrixAction.PublishEnglish] = [Admin, Editor],
        [MatrixAction.UnpublishEnglish] = [Admin, Editor],
        [MatrixAction.ScheduleEnglish] = [Admin, Editor],
        [MatrixAction.Move] = [Admin, Editor],
        [MatrixAction.Sort] = [Admin, Editor],
        [MatrixAction.Copy] = [Admin, Editor],
        [MatrixAction.RollbackEnglish] = [Admin, Editor, Writer],
    };

    private static readonly string[] Groups = [Admin, Editor, Writer, Translator, SeminarManager, NetworkCoordinator];

    public static TheoryData<string, MatrixAction, bool> InsideStartNode()
    {
        var data = new TheoryData<string, MatrixAction, bool>();
        foreach (var (action, allowed) in AllowedInside)
        {
            foreach (var group in Groups)
            {
                data.Add(group, action, allowed.Contains(group));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InsideStartNode))]
    public async Task Inside_its_start_node_a_group_may_do_exactly_what_it_should(string group, MatrixAction action, bool allowed)
    {
        var tree = await MatrixTree.CreateAsync(host.Factory);
        using var session = await SessionAsync(group, startNode: group == Admin ? null : tree.RootInside);

        await ExpectAsync(session, tree, action, tree.Inside, allowed);
    }

    /// <summary>Outside the start node nothing is allowed, not even browsing (administrators have no start node).</summary>
    [Theory]
    [InlineData(Editor)]
    [InlineData(Writer)]
    [InlineData(Translator)]
    public async Task Outside_its_start_node_a_group_may_do_nothing(string group)
    {
        var tree = await MatrixTree.CreateAsync(host.Factory);
        using var session = await SessionAsync(group, startNode: tree.RootInside);

        // Every refusal leaves the branch as it was, so one branch serves every action.
        foreach (var action in AllowedInside.Keys)
        {
            await ExpectAsync(session, tree, action, tree.Outside, allowed: false);
        }
    }

    [Fact]
    public async Task A_translator_saving_a_culture_not_given_gets_403_and_nothing_is_saved_even_alongside_its_own()
    {
        var tree = await MatrixTree.CreateAsync(host.Factory);
        using var session = await SessionAsync(Translator, startNode: null);
        var before = await tree.FingerprintAsync(tree.Inside);

        var response = await session.Http.PutAsJsonAsync($"{Base}/documents/{tree.Inside.Page}", new
        {
            revision = await tree.RevisionAsync(tree.Inside.Page),
            cultures = new { en = Culture("Translated", new { title = "Translated" }), sv = Culture("Ändrad", new { title = "Ändrad" }) },
        });

        var problem = await ExpectProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("en", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await tree.FingerprintAsync(tree.Inside));
    }

    [Fact]
    public async Task A_browser_below_a_start_node_may_walk_down_from_the_root_but_not_into_other_branches()
    {
        var tree = await MatrixTree.CreateAsync(host.Factory);
        using var session = await SessionAsync(Writer, startNode: tree.Inside.Page);

        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync($"{Base}/documents/{tree.RootInside}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync($"{Base}/documents/{tree.RootInside}/children")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Http.GetAsync($"{Base}/documents/{tree.Inside.Sibling}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Http.PutAsJsonAsync($"{Base}/documents/{tree.RootInside}", new
        {
            revision = await tree.RevisionAsync(tree.RootInside),
            cultures = new { sv = Culture("Rot", new { title = "Rot" }) },
        })).StatusCode);
    }

    [Fact]
    public async Task Automation_with_the_api_key_acts_as_an_administrator()
    {
        var tree = await MatrixTree.CreateAsync(host.Factory);
        using var api = new ManagementClient(host.Factory);

        var response = await MatrixActions.SendAsync(api.Http, tree, tree.Inside, MatrixAction.Move, host.Factory.Clock);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<BackofficeSession> SessionAsync(string group, Guid? startNode) =>
        BackofficeSession.StartAsync(host.Factory, [group], group == Translator ? ["en"] : [], startNode is { } node ? [node] : []);

    private async Task ExpectAsync(BackofficeSession session, MatrixTree tree, MatrixAction action, MatrixBranch branch, bool allowed)
    {
        var before = await tree.FingerprintAsync(branch);

        var response = await MatrixActions.SendAsync(session.Http, tree, branch, action, host.Factory.Clock);

        var body = await response.Content.ReadAsStringAsync();
        if (allowed)
        {
            Assert.True(response.IsSuccessStatusCode, $"{action} should be allowed, got {(int)response.StatusCode}: {body}");
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} should be refused with 403, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await tree.FingerprintAsync(branch));
    }
}

public sealed class SqlitePermissionMatrixTests(SqliteContentHost host) : PermissionMatrixTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresPermissionMatrixTests(PostgresContentHost host) : PermissionMatrixTests(host), IClassFixture<PostgresContentHost>;
