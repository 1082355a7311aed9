using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Content;

/// <summary>SAFETY.md S12: a help service is never saved with a street address, least of all a protected-housing entry.</summary>
public abstract class StreetAddressValidationTests(HostFixture host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);

    [Theory]
    [InlineData("body", "<p>Boendet ligger på Storgatan 12, nära torget.</p>")]
    [InlineData("openingHours", "Besök oss på Kungsvägen 3 B vardagar.")]
    [InlineData("summary", "Shelter at 12 Baker Street for young women.")]
    public async Task A_protected_housing_entry_with_a_street_address_is_refused(string alias, string text)
    {
        var properties = new Dictionary<string, object> { ["summary"] = "Skyddat boende för unga.", [alias] = text };

        var response = await PostHelpServiceAsync(properties);

        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, $"cultures.sv.properties.{alias}");
    }

    [Fact]
    public async Task An_address_inside_a_phone_number_block_is_refused_too()
    {
        var phone = new
        {
            contentType = "phoneNumberBlock",
            properties = new { label = "Jouren", number = "112", notes = "Kom till Vasagatan 7.", verifiedOn = "2026-01-01", source = "rfet.se" },
        };

        var response = await PostHelpServiceAsync(new Dictionary<string, object> { ["summary"] = "Jour.", ["phoneNumbers"] = new[] { phone } });

        await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "cultures.sv.properties.phoneNumbers");
    }

    [Fact]
    public async Task Help_services_without_an_address_and_guidance_that_names_a_street_are_saved()
    {
        var service = await PostHelpServiceAsync(new Dictionary<string, object>
        {
            ["summary"] = "Skyddat boende ordnas av socialtjänsten.",
            ["body"] = "<p>Ring socialjouren via 112 dygnet runt. Adressen lämnas aldrig ut.</p>",
        });
        var guidance = await _api.Http.PostAsJsonAsync($"{Base}/documents", new JsonObject
        {
            ["contentType"] = "guidancePage",
            ["parentId"] = (await _api.CreatePublishedRootAsync("home", "sv")).ToString(),
            ["cultures"] = new JsonObject { ["sv"] = Culture("Demonstrationen", new { summary = "Historia.", body = "<p>Tåget gick längs Drottninggatan 5 år i rad.</p>" }) },
        });

        await ExpectAsync(service, HttpStatusCode.Created);
        await ExpectAsync(guidance, HttpStatusCode.Created);
    }

    public void Dispose()
    {
        _api.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<HttpResponseMessage> PostHelpServiceAsync(Dictionary<string, object> cultureProperties) =>
        await _api.Http.PostAsJsonAsync($"{Base}/documents", new JsonObject
        {
            ["contentType"] = "helpService",
            ["parentId"] = (await _api.CreatePublishedRootAsync("home", "sv")).ToString(),
            ["properties"] = new JsonObject { ["needs"] = new JsonArray("protected-housing"), ["provider"] = "municipality" },
            ["cultures"] = new JsonObject { ["sv"] = Culture("Skyddat boende " + Guid.NewGuid().ToString("N")[..6], cultureProperties) },
        });
}

public sealed class SqliteStreetAddressValidationTests(SqliteHost host) : StreetAddressValidationTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresStreetAddressValidationTests(PostgresHost host) : StreetAddressValidationTests(host), IClassFixture<PostgresHost>;
