using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Content.DocumentTypes;

public abstract class DocumentTypeEndpointsTests(HostFixture host)
{
    private const string BasePath = "/umbraco/management/api/v1/document-types";

    private HttpClient Client()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Api-Key", HedershusFactory.ManagementApiKey);
        return client;
    }

    [Fact]
    public async Task The_list_shows_every_type_with_its_tree_rules()
    {
        using var client = Client();
        var list = await client.GetFromJsonAsync<JsonElement>(BasePath);

        var aliases = list.EnumerateArray().Select(t => t.GetProperty("alias").GetString()).ToList();
        Assert.Equal(RepositoryModels.Registry.All.Select(t => t.Alias).Order(StringComparer.Ordinal), aliases);
        var home = list.EnumerateArray().Single(t => t.GetProperty("alias").GetString() == "home");
        Assert.Equal("Startsida", home.GetProperty("names").GetProperty("sv").GetString());
        Assert.True(home.GetProperty("allowedAtRoot").GetBoolean());
        Assert.Contains("landingPage", home.GetProperty("allowedChildTypes").EnumerateArray().Select(c => c.GetString()));
        Assert.True(list.EnumerateArray().Single(t => t.GetProperty("alias").GetString() == "faqItem").GetProperty("isElement").GetBoolean());
        Assert.False(home.TryGetProperty("properties", out _));
    }

    [Fact]
    public async Task One_type_shows_its_properties_with_editor_names_and_config()
    {
        using var client = Client();
        var type = await client.GetFromJsonAsync<JsonElement>($"{BasePath}/helpService");

        Assert.Equal("helpService", type.GetProperty("alias").GetString());
        var municipality = type.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("alias").GetString() == "municipality");
        Assert.Equal("dropdown", municipality.GetProperty("editor").GetString());
        Assert.True(municipality.GetProperty("filterable").GetBoolean());
        Assert.Equal("Kommun", municipality.GetProperty("names").GetProperty("sv").GetString());
        Assert.Contains("Södertälje", municipality.GetProperty("config").GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task An_unknown_alias_answers_404_problem_details()
    {
        using var client = Client();
        var response = await client.GetAsync($"{BasePath}/seminarRoom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("seminarRoom", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_api_key_the_list_answers_401()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.GetAsync(BasePath);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteDocumentTypeEndpointsTests(SqliteHost host) : DocumentTypeEndpointsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDocumentTypeEndpointsTests(PostgresHost host) : DocumentTypeEndpointsTests(host), IClassFixture<PostgresHost>;
