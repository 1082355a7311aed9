using System.Net;
using Hedershus.Core.Data;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

/// <summary>A host whose Delivery API is not public: every request needs the Api-Key.</summary>
public abstract class PrivateDeliveryHost(DatabaseProvider provider) : ContentHost(provider)
{
    protected override void Configure(HedershusFactory factory)
    {
        base.Configure(factory);
        factory.Settings["DeliveryApi:PublicAccess"] = "false";
    }
}

public sealed class SqlitePrivateDeliveryHost() : PrivateDeliveryHost(DatabaseProvider.Sqlite);

public sealed class PostgresPrivateDeliveryHost() : PrivateDeliveryHost(DatabaseProvider.Postgres);

public abstract class PrivateDeliveryTests(PrivateDeliveryHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);

    [Fact]
    public async Task Without_public_access_every_request_needs_the_api_key()
    {
        var root = await new ContentStory(_api).RootAsync();

        await ExpectProblemAsync(await _delivery.GetAsync($"/content/item/{root}"), HttpStatusCode.Unauthorized);
        await ExpectProblemAsync(await _delivery.GetAsync("/content"), HttpStatusCode.Unauthorized);
        await ExpectAsync(await _delivery.GetAsync($"/content/item/{root}", apiKey: HedershusFactory.DeliveryApiKey), HttpStatusCode.OK);
        await ExpectAsync(await _delivery.GetAsync("/content", apiKey: HedershusFactory.DeliveryApiKey), HttpStatusCode.OK);
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePrivateDeliveryTests(SqlitePrivateDeliveryHost host) : PrivateDeliveryTests(host), IClassFixture<SqlitePrivateDeliveryHost>;

public sealed class PostgresPrivateDeliveryTests(PostgresPrivateDeliveryHost host) : PrivateDeliveryTests(host), IClassFixture<PostgresPrivateDeliveryHost>;
