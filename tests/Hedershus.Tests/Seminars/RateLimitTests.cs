using System.Net;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;

namespace Hedershus.Tests.Seminars;

/// <summary>A host that allows two registrations per client and minute.</summary>
public abstract class RateLimitedHost(DatabaseProvider provider) : HostFixture(provider)
{
    protected override void Configure(HedershusFactory factory) => factory.Settings["Seminars:RateLimitPerMinute"] = "2";
}

public sealed class SqliteRateLimitedHost() : RateLimitedHost(DatabaseProvider.Sqlite);

public sealed class PostgresRateLimitedHost() : RateLimitedHost(DatabaseProvider.Postgres);

public abstract class RateLimitTests(RateLimitedHost host)
{
    [Fact]
    public async Task A_client_over_the_limit_gets_429_and_its_registration_is_not_stored()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(host.Factory, capacity: 10);
        using var client = host.Factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(OutboxStory.NewAddress()))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        var item = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(8, item["seatsLeft"]!.GetValue<int>());
    }
}

public sealed class SqliteRateLimitTests(SqliteRateLimitedHost host) : RateLimitTests(host), IClassFixture<SqliteRateLimitedHost>;

public sealed class PostgresRateLimitTests(PostgresRateLimitedHost host) : RateLimitTests(host), IClassFixture<PostgresRateLimitedHost>;
