using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

/// <summary>SAFETY.md S11: the editor report of published numbers nobody has verified for 90 days.</summary>
public abstract class UnverifiedNumbersReportTests(HostFixture host) : IDisposable
{
    private const string Report = Base + "/reports/unverified-numbers";

    private readonly ManagementClient _api = new(host.Factory);

    [Fact]
    public async Task Numbers_verified_90_days_ago_or_earlier_are_listed_oldest_first_and_fresh_ones_are_not()
    {
        var (stale, older, fresh) = (UniqueNumber(), UniqueNumber(), UniqueNumber());
        var today = DateOnly.FromDateTime(host.Factory.Clock.GetUtcNow().UtcDateTime);
        var root = await RootWithCrisisNumbersAsync((stale, today.AddDays(-90)), (older, today.AddDays(-400)), (fresh, today.AddDays(-89)));

        var report = await ExpectAsync(await _api.Http.GetAsync(Report), HttpStatusCode.OK);
        var mine = Mine(report, stale, older, fresh);

        Assert.Equal(90, report["olderThanDays"]!.GetValue<int>());
        Assert.Equal(today.AddDays(-90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report["verifiedBefore"]!.GetValue<string>());
        Assert.Equal([older, stale], mine.Select(i => i["number"]!.GetValue<string>()));
        var first = mine[0];
        Assert.Equal(root.ToString(), first["nodeId"]!.GetValue<string>());
        Assert.Equal("crisisNumbers", first["property"]!.GetValue<string>());
        Assert.Equal(400, first["daysSinceVerified"]!.GetValue<int>());
        Assert.Equal(today.AddDays(-400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first["verifiedOn"]!.GetValue<string>());
        Assert.Equal("FACTS.md test source", first["source"]!.GetValue<string>());
        Assert.Equal(["en", "sv"], first["cultures"]!.AsArray().Select(c => c!.GetValue<string>()).Order());
        Assert.True(report["total"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public async Task Numbers_in_any_block_property_are_found_and_the_limit_can_be_chosen()
    {
        var number = UniqueNumber();
        var today = DateOnly.FromDateTime(host.Factory.Clock.GetUtcNow().UtcDateTime);
        var root = await RootWithCrisisNumbersAsync();
        var page = Id(await _api.CreateAsync("guidancePage", root, new JsonObject
        {
            ["sv"] = Culture("Sida med nummer", new { summary = "Nummer.", body = "<p>Text.</p>", blocks = new[] { Phone(number, today.AddDays(-10)) } }),
        }));
        await _api.PublishAsync(page, "sv");

        var standard = await ExpectAsync(await _api.Http.GetAsync(Report), HttpStatusCode.OK);
        var strict = await ExpectAsync(await _api.Http.GetAsync(Report + "?olderThanDays=7"), HttpStatusCode.OK);

        Assert.Empty(Mine(standard, number));
        var found = Assert.Single(Mine(strict, number));
        Assert.Equal("blocks", found["property"]!.GetValue<string>());
        Assert.Equal("guidancePage", found["contentType"]!.GetValue<string>());
        Assert.Equal(10, found["daysSinceVerified"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("?olderThanDays=-1")]
    [InlineData("?olderThanDays=100000")]
    public async Task A_limit_outside_0_to_3650_days_is_refused(string query)
    {
        await ExpectProblemAsync(await _api.Http.GetAsync(Report + query), HttpStatusCode.BadRequest, "olderThanDays");
    }

    [Fact]
    public async Task The_report_is_for_editors_only()
    {
        using var anonymous = host.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Report)).StatusCode);
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<Guid> RootWithCrisisNumbersAsync(params (string Number, DateOnly VerifiedOn)[] numbers)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var blocks = numbers.Select(n => Phone(n.Number, n.VerifiedOn)).ToArray();
        var id = Id(await _api.CreateAsync("home", null, new JsonObject
        {
            ["sv"] = Culture($"Rapportstart {suffix}", new { title = "Start", crisisNumbers = blocks }, $"rapport-{suffix}"),
            ["en"] = Culture($"Report home {suffix}", new { title = "Home", crisisNumbers = blocks }, $"report-{suffix}"),
        }));
        await _api.PublishAsync(id, "sv", "en");
        return id;
    }

    private static object Phone(string number, DateOnly verifiedOn) => new
    {
        contentType = "phoneNumberBlock",
        properties = new
        {
            label = "Testlinjen " + number,
            number,
            verifiedOn = verifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            source = "FACTS.md test source",
        },
    };

    private static List<JsonObject> Mine(JsonObject report, params string[] numbers) =>
        report["items"]!.AsArray().Select(i => i!.AsObject()).Where(i => numbers.Contains(i["number"]!.GetValue<string>())).ToList();

    /// <summary>A number no other test uses, in the shape the phone-number block accepts.</summary>
    private static string UniqueNumber() => "08-" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
}

public sealed class SqliteUnverifiedNumbersReportTests(SqliteHost host) : UnverifiedNumbersReportTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresUnverifiedNumbersReportTests(PostgresHost host) : UnverifiedNumbersReportTests(host), IClassFixture<PostgresHost>;
