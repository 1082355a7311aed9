using System.Net;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Operations;

namespace Hedershus.Tests.Operations;

public abstract class RequestLoggingTests(RequestLoggingHost host)
{
    private const string SecretQuery = "hemligt-sokord";

    [Fact]
    public async Task A_request_is_logged_with_its_path_but_never_its_query_string()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.GetAsync($"/health?q={SecretQuery}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = Assert.Single(RequestLines(), l => l.Properties["Path"] == "/health");
        Assert.Equal("GET", line.Properties["Method"]);
        Assert.Equal("200", line.Properties["StatusCode"]);
        Assert.DoesNotContain(SecretQuery, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bodies_headers_and_addresses_stay_out_of_the_log()
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/testing/echo-length")
        {
            Content = new StringContent("namn=Hemlig Person&personnummer=19121212-1212"),
        };
        request.Headers.Add("X-Hemlig", "hemlig-rubrik");
        request.Headers.UserAgent.ParseAdd("hemlig-agent/1.0");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = Assert.Single(RequestLines(), l => l.Properties["Path"] == "/testing/echo-length");
        Assert.Equal(
            new HashSet<string> { "Method", "Path", "StatusCode", "ElapsedMilliseconds", "{OriginalFormat}" },
            line.Properties.Keys.ToHashSet());
        foreach (var secret in new[] { "Hemlig Person", "19121212-1212", "hemlig-rubrik", "hemlig-agent" })
        {
            Assert.DoesNotContain(secret, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/natverk/bekrafta/")]
    [InlineData("/medlem/logga-in/")]
    [InlineData("/en/member/sign-in/")]
    [InlineData("/api/unsubscribe/")]
    [InlineData("/seminarier/anmalan/")]
    public async Task A_token_in_a_link_from_an_email_never_reaches_the_log(string prefix)
    {
        var token = "hemligtoken" + Guid.NewGuid().ToString("N");
        using var client = host.Factory.CreateClient();
        await client.GetAsync(prefix + token);

        Assert.Contains(RequestLines(), l => l.Properties["Path"] == prefix + "{token}");
        Assert.DoesNotContain(token, host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    private IEnumerable<CollectedLog> RequestLines() =>
        host.Logs.Entries.Where(e => e.Category == typeof(RequestLoggingMiddleware).FullName && e.Level != Microsoft.Extensions.Logging.LogLevel.None);
}

/// <summary>Turns ASP.NET Core's own logging up, as a developer might, to show that it still never logs the query string.</summary>
public abstract class RequestLoggingHost(DatabaseProvider provider) : ObservedHost(provider)
{
    protected override void AddSettings(Dictionary<string, string?> settings) =>
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
}

public sealed class SqliteRequestLoggingHost() : RequestLoggingHost(DatabaseProvider.Sqlite);

public sealed class PostgresRequestLoggingHost() : RequestLoggingHost(DatabaseProvider.Postgres);

public sealed class SqliteRequestLoggingTests(SqliteRequestLoggingHost host) : RequestLoggingTests(host), IClassFixture<SqliteRequestLoggingHost>;

public sealed class PostgresRequestLoggingTests(PostgresRequestLoggingHost host) : RequestLoggingTests(host), IClassFixture<PostgresRequestLoggingHost>;
