using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Seminars;

/// <summary>A fresh start shows a real calendar: the seminars of <c>umbraco/content/010-seminars.json</c>.</summary>
public abstract class SeedSeminarTests(SeedHost host)
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task The_seed_has_an_online_seminar_one_with_twenty_seats_and_one_for_network_members(string culture)
    {
        using var client = host.Factory.CreateClient();
        var list = JsonNode.Parse(await client.GetStringAsync($"/api/seminars?culture={culture}"))!.AsArray().Select(s => s!).ToList();

        Assert.True(list.Count >= 3, $"only {list.Count} seminars");
        Assert.All(list, s => Assert.Equal(culture, s["culture"]!.GetValue<string>()));
        Assert.All(list, s => Assert.True(s["startDate"]!.GetValue<DateTime>() > new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Contains(list, s => s["online"]!.GetValue<bool>() && s["registrationOpen"]!.GetValue<bool>());
        Assert.Contains(list, s => s["capacity"]!.GetValue<int>() == 20 && !s["approvalRequired"]!.GetValue<bool>() && s["questions"]!.AsArray().Count > 0);
        Assert.Contains(list, s => s["eligibility"]!.GetValue<string>() == "networkMembers" && !s["registrationOpen"]!.GetValue<bool>());
        var item = await ManagementClient.ExpectAsync(await client.GetAsync($"/api/seminars/{list[0]["id"]}?culture={culture}"), HttpStatusCode.OK);
        Assert.False(string.IsNullOrWhiteSpace(item["summary"]!.GetValue<string>()));
    }
}

public sealed class SqliteSeedSeminarTests(SqliteSeedHost host) : SeedSeminarTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSeedSeminarTests(PostgresSeedHost host) : SeedSeminarTests(host), IClassFixture<PostgresSeedHost>;
