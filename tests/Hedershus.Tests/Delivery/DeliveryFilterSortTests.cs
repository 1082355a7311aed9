using System.Net;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

public abstract class DeliveryFilterSortTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private ContentStory Story => new(_api);

    [Fact]
    public async Task Date_filters_compare_create_and_update_dates()
    {
        var root = await Story.RootAsync();
        host.Factory.Clock.Advance(TimeSpan.FromDays(10));
        var middle = host.Factory.Clock.GetUtcNow();
        await Story.PageAsync(root, "Äldre");
        host.Factory.Clock.Advance(TimeSpan.FromDays(10));
        await Story.PageAsync(root, "Nyare");
        var day = middle.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var exact = middle.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(["Nyare"], await _delivery.NamesAsync($"fetch=children:/&filter=createDate>{day}", root));
        Assert.Equal(["Äldre"], await _delivery.NamesAsync($"fetch=children:/&filter=createDate<{day}", root));
        Assert.Equal(["Äldre", "Nyare"], await _delivery.NamesAsync($"fetch=children:/&filter=createDate>:{exact}", root));
        Assert.Equal(["Äldre"], await _delivery.NamesAsync($"fetch=children:/&filter=updateDate<:{exact}", root));
        Assert.Equal(["Nyare", "Äldre"], await _delivery.NamesAsync("fetch=children:/&sort=createDate:desc", root));
        Assert.Equal(["Äldre", "Nyare"], await _delivery.NamesAsync("fetch=children:/&sort=updateDate:asc", root));
    }

    [Fact]
    public async Task Filterable_properties_match_values_and_array_elements_case_insensitively()
    {
        var root = await Story.RootAsync();
        await Story.PageAsync(root, "Ung", new { audience = "young" });
        await Story.PageAsync(root, "Alla", new { audience = new[] { "Young", "adult" } });
        await Story.PageAsync(root, "Yrke", new { audience = new[] { "professional" } });
        await Story.PageAsync(root, "Ingen");

        Assert.Equal(["Ung", "Alla"], await _delivery.NamesAsync("fetch=children:/&filter=audience:YOUNG", root));
        Assert.Equal(["Alla", "Yrke"], await _delivery.NamesAsync("fetch=children:/&filter=audience:adult,professional", root));
        Assert.Equal(["Yrke", "Ingen"], await _delivery.NamesAsync("fetch=children:/&filter=audience:!young", root));
        Assert.Equal(["Alla"], await _delivery.NamesAsync("fetch=children:/&filter=audience:young&filter=audience:adult", root));
    }

    [Fact]
    public async Task Sortable_and_filterable_dates_sort_and_compare_with_missing_values_last()
    {
        var root = await Story.RootAsync();
        await Story.PageAsync(root, "Maj", new { startDate = "2026-05-01T10:00:00" });
        await Story.PageAsync(root, "Utan datum");
        await Story.PageAsync(root, "April", new { startDate = "2026-04-01T10:00:00" });
        await Story.PageAsync(root, "Juni", new { startDate = "2026-06-01" });

        Assert.Equal(["April", "Maj", "Juni", "Utan datum"], await _delivery.NamesAsync("fetch=children:/&sort=startDate:asc", root));
        Assert.Equal(["Juni", "Maj", "April", "Utan datum"], await _delivery.NamesAsync("fetch=children:/&sort=startDate:desc", root));
        Assert.Equal(["Maj", "Juni"], await _delivery.NamesAsync("fetch=children:/&filter=startDate>2026-04-15&sort=startDate:asc", root));
        Assert.Equal(["April", "Maj"], await _delivery.NamesAsync("fetch=children:/&filter=startDate<:2026-05-01T10:00:00&sort=startDate:asc", root));
        Assert.Equal(["Maj"], await _delivery.NamesAsync("fetch=children:/&filter=startDate:2026-05-01", root));
    }

    [Fact]
    public async Task Names_sort_by_the_rules_of_the_culture()
    {
        var root = await Story.RootAsync();
        await Story.PageAsync(root, "Östermalm");
        await Story.PageAsync(root, "zeta");
        await Story.PageAsync(root, "Alfa");
        await Story.PageAsync(root, "Ängby");

        Assert.Equal(["Alfa", "zeta", "Ängby", "Östermalm"], await _delivery.NamesAsync("fetch=children:/&sort=name:asc", root));
        Assert.Equal(["Östermalm", "Ängby", "zeta", "Alfa"], await _delivery.NamesAsync("fetch=children:/&sort=name:desc", root));
    }

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeliveryFilterSortTests(SqliteContentHost host) : DeliveryFilterSortTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresDeliveryFilterSortTests(PostgresContentHost host) : DeliveryFilterSortTests(host), IClassFixture<PostgresContentHost>;
