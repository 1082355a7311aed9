using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Operations.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Health_reports_each_check_as_json()
    {
        using var client = host.Factory.CreateClient();
        var answer = await client.GetFromJsonAsync<HealthAnswer>("/health");

        Assert.NotNull(answer);
        Assert.Equal("Healthy", answer.Status);
        Assert.Equal("Healthy", answer.Checks[HealthCheckNames.Database].Status);
        Assert.Contains("schema up to date", answer.Checks[HealthCheckNames.Database].Description, StringComparison.Ordinal);
        Assert.Equal("Healthy", answer.Checks[HealthCheckNames.Jobs].Status);
        Assert.Contains("not running on this node", answer.Checks[HealthCheckNames.Jobs].Description, StringComparison.Ordinal);
        Assert.Equal("Healthy", answer.Checks[HealthCheckNames.Snapshot].Status);
    }

    [Fact]
    public async Task Health_reports_published_nodes_and_a_snapshot_that_keeps_up()
    {
        using var api = new ManagementClient(host.Factory);
        await api.CreatePublishedRootAsync("home", "sv");
        using var client = host.Factory.CreateClient();

        var snapshot = (await client.GetFromJsonAsync<HealthAnswer>("/health"))!.Checks[HealthCheckNames.Snapshot];

        Assert.Equal("Healthy", snapshot.Status);
        Assert.Matches("^[1-9][0-9]* published nodes; 0 journal rows behind.$", snapshot.Description);
    }

    [Fact]
    public async Task Health_answers_503_when_migrations_are_missing()
    {
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(host.Provider));
        using var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
            // As if this build brought a migration the database has not had yet.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"");
        }

        var response = await client.GetAsync("/health");
        var answer = await response.Content.ReadFromJsonAsync<HealthAnswer>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", answer!.Status);
        Assert.Equal("Unhealthy", answer.Checks[HealthCheckNames.Database].Status);
        Assert.Contains("migration(s) not applied", answer.Checks[HealthCheckNames.Database].Description, StringComparison.Ordinal);
    }
}

public sealed class SqliteHealthTests(SqliteHost host) : HealthTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresHealthTests(PostgresHost host) : HealthTests(host), IClassFixture<PostgresHost>;
