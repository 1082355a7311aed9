using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Api.Delivery;
using Microsoft.AspNetCore.Http;

namespace Hedershus.Tests.Delivery;

/// <summary>The output cache is keyed by what shapes an answer, so junk parameters cannot fill it.</summary>
public sealed class DeliveryCacheKeyTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Unknown_query_parameters_do_not_change_the_cache_key_but_known_ones_do()
    {
        var plain = await KeyAsync("?fetch=children:/&take=5");
        var junk = await KeyAsync("?fetch=children:/&take=5&x=1&cachebuster=8f3a");
        var other = await KeyAsync("?fetch=children:/&take=6");

        Assert.Equal(plain, junk);
        Assert.NotEqual(plain, other);
    }

    [Fact]
    public async Task Culture_and_start_item_are_part_of_the_key()
    {
        Assert.NotEqual(await KeyAsync("", culture: "sv"), await KeyAsync("", culture: "en"));
        Assert.NotEqual(await KeyAsync("", startItem: "a"), await KeyAsync("", startItem: "b"));
    }

    private async Task<string?> KeyAsync(string query, string culture = "sv", string? startItem = null)
    {
        var http = new DefaultHttpContext { RequestServices = host.Factory.Services };
        http.Request.Path = "/umbraco/delivery/api/v2/content";
        http.Request.QueryString = new QueryString(query);
        http.Request.Query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        http.Request.Headers.AcceptLanguage = culture;
        if (startItem is not null)
        {
            http.Request.Headers[DeliveryRequest.StartItemHeader] = startItem;
        }

        return (await DeliveryRequest.BindAsync(http))!.CacheKey;
    }
}
