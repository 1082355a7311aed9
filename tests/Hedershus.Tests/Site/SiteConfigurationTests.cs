using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Site;

/// <summary>SAFETY.md S3 at start-up: a configured neutral URL is used, and a forbidden one stops the host.</summary>
public sealed class SiteConfigurationTests
{
    [Fact]
    public async Task A_configured_neutral_url_is_where_the_quick_exit_goes()
    {
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        factory.Settings["Site:NeutralUrl"] = "https://www.yr.no/";
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/finns-inte/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"quick-exit\" class=\"quick-exit\" href=\"https://www.yr.no/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_engine_as_neutral_url_stops_the_start()
    {
        await using var factory = new HedershusFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        factory.Settings["Site:NeutralUrl"] = "https://www.google.com/";

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.Server);

        Assert.Contains("Site:NeutralUrl", error.Message, StringComparison.Ordinal);
    }
}
