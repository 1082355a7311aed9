using System.Net;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

/// <summary>The seed as the first start imports it: its native-review markers and its audit trail.</summary>
public abstract class SeedWorkflowTests(SeedHost host) : IDisposable
{
    private static readonly Guid HomeKey = Guid.Parse("5eed0000-0000-4000-8000-000000000001");

    private readonly ManagementClient _api = new(host.Factory);

    [Fact]
    public async Task The_imported_translations_marked_for_native_review_are_listed_and_swedish_never_is()
    {
        var answer = await ExpectAsync(await _api.Http.GetAsync($"{Base}/dashboard/unreviewed-translations?take=500"), HttpStatusCode.OK);
        var items = answer["items"]!.AsArray();

        Assert.Contains(items, i => i!["id"]!.GetValue<Guid>() == HomeKey && i["culture"]!.GetValue<string>() == "ar");
        Assert.DoesNotContain(items, i => i!["culture"]!.GetValue<string>() is "sv" or "en");
    }

    [Fact]
    public async Task The_import_is_recorded_as_done_by_the_system()
    {
        var answer = await ExpectAsync(await _api.Http.GetAsync($"{Base}/audit-log?documentId={HomeKey}"), HttpStatusCode.OK);
        var rows = answer["items"]!.AsArray();

        Assert.Contains(rows, r => r!["action"]!.GetValue<string>() == "content.created" && r["culture"]!.GetValue<string>() == "sv");
        Assert.Contains(rows, r => r!["action"]!.GetValue<string>() == "content.published" && r["culture"]!.GetValue<string>() == "sv");
        Assert.All(rows, r => Assert.Equal("system", r!["actorName"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Null(r!["userId"]));
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSeedWorkflowTests(SqliteSeedHost host) : SeedWorkflowTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSeedWorkflowTests(PostgresSeedHost host) : SeedWorkflowTests(host), IClassFixture<PostgresSeedHost>;
