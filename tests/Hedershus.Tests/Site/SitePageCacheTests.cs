using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Site;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Site;

/// <summary>Rendered pages are kept until the next publish, keyed by what they depend on; search results never are.</summary>
public abstract class SitePageCacheTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
    private readonly ManagementClient _api = new(host.Factory);

    private SitePageCache Cache => host.Factory.Services.GetRequiredService<SitePageCache>();

    [Fact]
    public async Task A_publish_shows_at_once_on_a_page_that_was_kept()
    {
        var id = Id(await _api.CreateAsync("guidancePage", SitePages.HomeKey, new JsonObject
        {
            ["sv"] = Culture("Sida som ändras", new { summary = "Före.", body = "<p>Första versionen.</p>" }),
        }));
        await _api.PublishAsync(id, "sv");
        var before = await _http.GetStringAsync("/sida-som-andras/");
        var revision = (await _api.GetAsync(id))["revision"]!.GetValue<int>();
        await ExpectAsync(await _api.Http.PutAsJsonAsync($"{Base}/documents/{id}", new JsonObject
        {
            ["revision"] = revision,
            ["cultures"] = new JsonObject { ["sv"] = Culture("Sida som ändras", new { summary = "Efter.", body = "<p>Andra versionen.</p>" }, "sida-som-andras") },
        }), System.Net.HttpStatusCode.OK);
        await _api.PublishAsync(id, "sv");

        var after = await _http.GetStringAsync("/sida-som-andras/");

        Assert.Contains("Första versionen.", before, StringComparison.Ordinal);
        Assert.Contains("Andra versionen.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Junk_query_strings_and_searches_keep_no_pages_of_their_own()
    {
        var route = SitePages.Route(host.Factory, "guidancePage");
        var plain = await _http.GetStringAsync(route);
        await _http.GetStringAsync("/hitta-hjalp/?kommun=Atlantis");
        await _http.GetStringAsync("/metodbank/?amne=nothing");
        var kept = Cache.Count;

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(plain, await _http.GetStringAsync($"{route}?junk={i}"));
            await _http.GetStringAsync($"/hitta-hjalp/?kommun=Atlantis{i}&behov=x{i}");
            await _http.GetStringAsync($"/metodbank/?amne=t{i}&yrke=y{i}");
            await _http.GetAsync($"/finns-inte-{i}/");
            await _http.PostAsync("/sok", new FormUrlEncodedContent([new("q", $"sökord {i}")]));
        }

        Assert.True(kept > 0);
        Assert.InRange(Cache.Count, kept, kept + 1);
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSitePageCacheTests(SqliteSeedHost host) : SitePageCacheTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSitePageCacheTests(PostgresSeedHost host) : SitePageCacheTests(host), IClassFixture<PostgresSeedHost>;
