using System.Net;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Operations;

public abstract class HealthTests(HostFixture host)
{
    [Fact]
    public async Task Health_answers_healthy_on_a_fresh_database()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteHealthTests(SqliteHost host) : HealthTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresHealthTests(PostgresHost host) : HealthTests(host), IClassFixture<PostgresHost>;
