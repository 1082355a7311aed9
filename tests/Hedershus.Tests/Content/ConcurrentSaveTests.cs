using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Data;
using Hedershus.Core.Data.Postgres;
using Hedershus.Core.Data.Sqlite;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

/// <summary>
/// Two saves from the same revision at the same moment: both pass the early revision check, so the database's
/// concurrency token decides. One is saved; the other answers 409 and is kept as a conflict version.
/// </summary>
public abstract class ConcurrentSaveTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Two_saves_racing_from_one_revision_give_one_200_and_one_409_and_keep_both_versions()
    {
        var barrier = new TransactionStartBarrier();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new HedershusFactory(database);
        factory.Settings["Hedershus:ModelsPath"] = ContentHost.ModelsPath;
        factory.TestServices.Add(services =>
        {
            services.ConfigureDbContext<SqliteHedershusDbContext>((_, options) => options.AddInterceptors(barrier));
            services.ConfigureDbContext<PostgresHedershusDbContext>((_, options) => options.AddInterceptors(barrier));
        });
        using var api = new ManagementClient(factory);
        var id = Id(await api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Start", new { title = "Första" }) }));

        barrier.Arm(parties: 2); // both requests read revision 1 before either begins its transaction
        var responses = await Task.WhenAll(SaveAsync(api, id, "Annas ändring"), SaveAsync(api, id, "Bengts ändring"));

        Assert.True(barrier.Met, "The two saves did not overlap.");
        var (saved, refused) = responses[0].Response.StatusCode == HttpStatusCode.OK ? (responses[0], responses[1]) : (responses[1], responses[0]);
        await ExpectAsync(saved.Response, HttpStatusCode.OK);
        var problem = await ExpectProblemAsync(refused.Response, HttpStatusCode.Conflict);
        Assert.Equal(2, problem["currentRevision"]!.GetValue<int>());

        var current = await api.GetAsync(id);
        Assert.Equal(2, current["revision"]!.GetValue<int>());
        Assert.Equal(saved.Title, Title(current));
        var conflict = JsonNode.Parse(await api.Http.GetStringAsync($"{Base}/documents/{id}/versions/{problem["conflictVersionId"]!.GetValue<int>()}"))!;
        Assert.Equal(refused.Title, conflict["data"]!["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>());
        var versions = JsonNode.Parse(await api.Http.GetStringAsync($"{Base}/documents/{id}/versions"))!.AsArray();
        Assert.Equal(3, versions.Count); // the first save, the winner and the kept conflict
    }

    private static async Task<(HttpResponseMessage Response, string Title)> SaveAsync(ManagementClient api, Guid id, string title) =>
        (await api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { revision = 1, cultures = new { sv = new { name = "Start", properties = new { title } } } }), title);

    private static string Title(JsonObject document) => document["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>();
}

public sealed class SqliteConcurrentSaveTests() : ConcurrentSaveTests(DatabaseProvider.Sqlite);

public sealed class PostgresConcurrentSaveTests() : ConcurrentSaveTests(DatabaseProvider.Postgres);
