using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

public abstract class ContentEditingTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);

    [Fact]
    public async Task A_new_node_is_a_draft_at_revision_one_with_a_segment_made_from_its_name()
    {
        var created = await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Tvångsäktenskap – vad gäller?", new { title = "T" }) });

        Assert.Equal(1, created["revision"]!.GetValue<int>());
        var sv = created["cultures"]!["sv"]!;
        Assert.Equal("tvangsaktenskap-vad-galler", sv["segment"]!.GetValue<string>());
        Assert.False(sv["published"]!.GetValue<bool>());
        var read = await _api.GetAsync(Id(created));
        Assert.Equal("Tvångsäktenskap – vad gäller?", read["cultures"]!["sv"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "contentType": "noSuchType", "cultures": { "sv": { "name": "x" } } }""", "contentType")]
    [InlineData("""{ "contentType": "testBlock", "cultures": { "sv": { "name": "x" } } }""", "contentType")]
    [InlineData("""{ "contentType": "testRoot", "cultures": { "xx": { "name": "x" } } }""", "cultures.xx")]
    [InlineData("""{ "contentType": "testRoot", "cultures": { "sv": { "name": "" } } }""", "cultures.sv.name")]
    [InlineData("""{ "contentType": "testRoot", "cultures": { "sv": { "name": "x", "segment": "../etc" } } }""", "cultures.sv.segment")]
    [InlineData("""{ "contentType": "testRoot", "cultures": { "sv": { "name": "x", "properties": { "nope": "1" } } } }""", "cultures.sv.properties.nope")]
    [InlineData("""{ "contentType": "testRoot", "cultures": {} }""", "cultures")]
    [InlineData("""{ "contentType": "testPage", "cultures": { "sv": { "name": "x" } } }""", "parentId")]
    [InlineData("""{ "contentType": "testRoot", "cultures": { "sv": { "name": 5 } } }""", "$.cultures.sv.name")]
    public async Task Bad_input_answers_400_naming_the_field_and_writes_nothing(string json, string field)
    {
        var before = await RootCountAsync();
        var response = await _api.Http.PostAsync($"{Base}/documents", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await RootCountAsync());
    }

    [Fact]
    public async Task Malformed_json_answers_a_problem_not_a_server_error()
    {
        var response = await _api.Http.PostAsync($"{Base}/documents", new StringContent("{ \"contentType\": ", System.Text.Encoding.UTF8, "application/json"));
        await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_the_api_key_the_management_api_answers_401()
    {
        using var anonymous = host.Factory.CreateClient();
        var response = await anonymous.GetAsync($"{Base}/documents/root/children");
        await ExpectProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_node_answers_404()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync($"{Base}/documents/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Saving_creates_a_version_and_keeps_other_cultures()
    {
        var created = await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Hem", new { title = "Hem" }), ["en"] = Culture("Home", new { title = "Home" }) });
        var id = Id(created);

        var saved = await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { revision = 1, cultures = new { sv = new { name = "Hemma", properties = new { title = "Ny rubrik" } } } }), HttpStatusCode.OK);

        Assert.Equal(2, saved["revision"]!.GetValue<int>());
        Assert.Equal("Ny rubrik", saved["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>());
        Assert.Equal("Home", saved["cultures"]!["en"]!["name"]!.GetValue<string>());
        var versions = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/{id}/versions"))!.AsArray();
        Assert.Equal(2, versions.Count);
    }

    [Fact]
    public async Task Saving_over_a_newer_revision_answers_409_and_keeps_both_versions()
    {
        var id = Id(await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Start", new { title = "Första" }) }));
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { revision = 1, cultures = new { sv = new { name = "Start", properties = new { title = "Annas ändring" } } } }), HttpStatusCode.OK);

        var stale = await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { revision = 1, cultures = new { sv = new { name = "Start", properties = new { title = "Bengts ändring" } } } });

        var problem = await ExpectProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal(2, problem["currentRevision"]!.GetValue<int>());
        var current = await _api.GetAsync(id);
        Assert.Equal("Annas ändring", current["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>());
        var conflictId = problem["conflictVersionId"]!.GetValue<int>();
        var kept = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/{id}/versions/{conflictId}"))!;
        Assert.Equal("Bengts ändring", kept["data"]!["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saving_without_a_revision_answers_400()
    {
        var id = Id(await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("X", new { title = "X" }) }));
        var response = await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { cultures = new { sv = new { name = "Y" } } });
        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "revision");
    }

    [Fact]
    public async Task Rollback_of_one_culture_makes_a_new_version_from_the_old_text()
    {
        var id = Id(await _api.CreateAsync("testRoot", null, new JsonObject { ["sv"] = Culture("Sida", new { title = "Original" }), ["en"] = Culture("Page", new { title = "Original en" }) }));
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new { revision = 1, cultures = new { sv = new { name = "Sida", properties = new { title = "Ändrad" } }, en = new { name = "Page", properties = new { title = "Changed" } } } }), HttpStatusCode.OK);
        var versions = JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/{id}/versions"))!.AsArray();
        var first = versions.Single(v => v!["revision"]!.GetValue<int>() == 1)!["id"]!.GetValue<int>();

        var rolled = await ExpectAsync(await _api.Http.PostAsJsonAsync($"{Base}/documents/{id}/versions/{first}/rollback", new { culture = "sv" }), HttpStatusCode.OK);

        Assert.Equal(3, rolled["revision"]!.GetValue<int>());
        Assert.Equal("Original", rolled["cultures"]!["sv"]!["properties"]!["title"]!.GetValue<string>());
        Assert.Equal("Changed", rolled["cultures"]!["en"]!["properties"]!["title"]!.GetValue<string>());
    }

    private async Task<long> RootCountAsync() =>
        JsonNode.Parse(await _api.Http.GetStringAsync($"{Base}/documents/root/children?take=500"))!["total"]!.GetValue<long>();

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteContentEditingTests(SqliteContentHost host) : ContentEditingTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresContentEditingTests(PostgresContentHost host) : ContentEditingTests(host), IClassFixture<PostgresContentHost>;
