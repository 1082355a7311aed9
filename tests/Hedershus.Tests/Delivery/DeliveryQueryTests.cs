using System.Net;
using Hedershus.Tests.Content;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Delivery;

public abstract class DeliveryQueryTests(ContentHost host) : IDisposable
{
    private readonly ManagementClient _api = new(host.Factory);
    private readonly DeliveryClient _delivery = new(host.Factory);
    private ContentStory Story => new(_api);

    /// <summary>root → Vägledning → (Barn 1, Barn 2 → Barnbarn), root → Kontakt.</summary>
    private async Task<(Guid Root, Guid Guidance, Guid Child2, Guid Grandchild)> TreeAsync()
    {
        var root = await Story.RootAsync();
        var guidance = await Story.PageAsync(root, "Vägledning");
        await Story.PageAsync(guidance, "Barn 1");
        var child2 = await Story.PageAsync(guidance, "Barn 2");
        var grandchild = await Story.PageAsync(child2, "Barnbarn");
        await Story.PageAsync(root, "Kontakt");
        return (root, guidance, child2, grandchild);
    }

    [Fact]
    public async Task Children_descendants_and_ancestors_are_fetched_by_id_or_path_in_tree_order()
    {
        var (root, guidance, child2, grandchild) = await TreeAsync();

        Assert.Equal(["Barn 1", "Barn 2"], await _delivery.NamesAsync($"fetch=children:{guidance}", root));
        Assert.Equal(["Barn 1", "Barn 2"], await _delivery.NamesAsync("fetch=children:/vagledning/", root));
        Assert.Equal(["Vägledning", "Kontakt"], await _delivery.NamesAsync("fetch=children:/", root));
        Assert.Equal(["Vägledning", "Barn 1", "Barn 2", "Barnbarn", "Kontakt"], await _delivery.NamesAsync($"fetch=descendants:{root}", root));
        Assert.Equal(["Barnbarn"], await _delivery.NamesAsync("fetch=descendants:/vagledning/barn-2", root));
        Assert.Equal([await RootNameAsync(root), "Vägledning", "Barn 2"], await _delivery.NamesAsync($"fetch=ancestors:{grandchild}", root));
        Assert.Equal([await RootNameAsync(root), "Vägledning"], await _delivery.NamesAsync($"fetch=ancestors:{child2}", root));
    }

    [Fact]
    public async Task Without_fetch_a_start_item_limits_the_query_to_what_lies_below_it()
    {
        var (root, _, _, _) = await TreeAsync();

        var page = await _delivery.QueryAsync("take=100", root);

        Assert.Equal(5, page["total"]!.GetValue<long>());
        Assert.DoesNotContain(await RootNameAsync(root), DeliveryClient.Names(page));
    }

    [Fact]
    public async Task Without_fetch_or_start_item_all_published_content_is_queried()
    {
        var (root, _, _, _) = await TreeAsync();

        var names = await _delivery.NamesAsync("take=1000&filter=name:" + (await RootNameAsync(root))[4..]);

        Assert.Equal([await RootNameAsync(root)], names);
    }

    [Fact]
    public async Task Skip_and_take_page_through_the_results_and_total_counts_them_all()
    {
        var (root, _, _, _) = await TreeAsync();

        var page = await _delivery.QueryAsync($"fetch=descendants:{root}&skip=1&take=2", root);
        var beyond = await _delivery.QueryAsync($"fetch=descendants:{root}&skip=50", root);
        var byDefault = await _delivery.QueryAsync($"fetch=descendants:{root}");

        Assert.Equal(5, page["total"]!.GetValue<long>());
        Assert.Equal(["Barn 1", "Barn 2"], DeliveryClient.Names(page));
        Assert.Empty(beyond["items"]!.AsArray());
        Assert.Equal(5, byDefault["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Content_type_and_name_filters_combine_with_and_and_their_values_with_or()
    {
        var (root, guidance, _, _) = await TreeAsync();
        await Story.PageAsync(guidance, new Dictionary<string, string> { ["sv"] = "Barnnummer" }, new { phone = "116 111" }, contentType: "testInvariant");

        Assert.Equal(["Barnnummer"], await _delivery.NamesAsync($"fetch=descendants:{root}&filter=contentType:testInvariant", root));
        Assert.Equal(["Barn 1", "Barn 2", "Barnbarn"], await _delivery.NamesAsync($"fetch=descendants:{root}&filter=contentType:!testInvariant&filter=name:BARN", root));
        Assert.Equal(["Vägledning", "Kontakt", "Barnnummer"], await _delivery.NamesAsync($"fetch=descendants:{root}&filter=name:vägl,kont,nummer&sort=level:asc", root));
        Assert.Equal(["Vägledning", "Kontakt"], await _delivery.NamesAsync($"fetch=descendants:{root}&filter=name:!barn", root));
    }

    [Fact]
    public async Task Level_sort_order_and_dates_sort_with_later_sorts_breaking_ties()
    {
        var (root, _, _, _) = await TreeAsync();

        Assert.Equal(["Vägledning", "Kontakt", "Barn 1", "Barn 2", "Barnbarn"], await _delivery.NamesAsync($"fetch=descendants:{root}&sort=level:asc&sort=sortOrder:asc", root));
        Assert.Equal(["Barnbarn", "Barn 2", "Barn 1", "Kontakt", "Vägledning"], await _delivery.NamesAsync($"fetch=descendants:{root}&sort=level:desc&sort=sortOrder:desc", root));
        Assert.Equal(["Vägledning", "Kontakt", "Barnbarn", "Barn 2", "Barn 1"], await _delivery.NamesAsync($"fetch=descendants:{root}&sort=createDate:desc&sort=name:desc", root));
        Assert.Equal(5, (await _delivery.NamesAsync($"fetch=descendants:{root}&sort=updateDate:asc", root)).Count);
    }

    [Fact]
    public async Task A_query_reads_each_item_in_the_culture_asked_for_or_its_fallback()
    {
        var root = await Story.RootAsync();
        await Story.PageAsync(root, new Dictionary<string, string> { ["sv"] = "Båda", ["en"] = "Both" });
        await Story.PageAsync(root, "Bara svenska");

        Assert.Equal(["Both"], await _delivery.NamesAsync("fetch=children:/", root, culture: "en"));
        Assert.Equal(["Båda", "Bara svenska"], await _delivery.NamesAsync("fetch=children:/", root, culture: "ckb"));
    }

    [Fact]
    public async Task Expand_and_fields_apply_to_every_item_of_a_query()
    {
        var root = await Story.RootAsync();
        var target = await Story.PageAsync(root, "Mål", new { code = "M" });
        await Story.PageAsync(root, "Källa", new { related = target.ToString() });

        var page = await _delivery.QueryAsync("fetch=children:/&filter=name:Källa&expand=properties[related]&fields=properties[related]", root);

        var properties = page["items"]![0]!["properties"]!.AsObject();
        Assert.Equal(["related"], properties.Select(p => p.Key));
        Assert.Equal("M", properties["related"]!["properties"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fetch=siblings:/", "fetch")]
    [InlineData("fetch=children:", "fetch")]
    [InlineData("fetch=children", "fetch")]
    [InlineData("filter=colour:red", "filter")]
    [InlineData("filter=nonsense", "filter")]
    [InlineData("filter=contentType:", "filter")]
    [InlineData("filter=createDate>yesterday", "filter")]
    [InlineData("filter=audience>young", "filter")]
    [InlineData("filter=startDate>soon", "filter")]
    [InlineData("sort=colour:asc", "sort")]
    [InlineData("sort=name", "sort")]
    [InlineData("sort=name:up", "sort")]
    [InlineData("skip=-1", "skip")]
    [InlineData("skip=x", "skip")]
    [InlineData("take=0", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("expand=properties[", "expand")]
    [InlineData("fields=properties", "fields")]
    public async Task Bad_query_parameters_answer_400_naming_the_parameter(string query, string parameter)
    {
        await ExpectProblemAsync(await _delivery.GetAsync("/content?" + query), HttpStatusCode.BadRequest, parameter);
    }

    [Theory]
    [InlineData("children")]
    [InlineData("descendants")]
    [InlineData("ancestors")]
    public async Task A_fetch_whose_start_item_does_not_exist_answers_404(string selector)
    {
        var root = await Story.RootAsync();

        await ExpectProblemAsync(await _delivery.GetAsync($"/content?fetch={selector}:{Guid.NewGuid()}", startItem: root), HttpStatusCode.NotFound);
        await ExpectProblemAsync(await _delivery.GetAsync($"/content?fetch={selector}:/finns/inte/", startItem: root), HttpStatusCode.NotFound);
    }

    private async Task<string> RootNameAsync(Guid root) => (await _delivery.ItemAsync($"/content/item/{root}"))["name"]!.GetValue<string>();

    public void Dispose()
    {
        _api.Dispose();
        _delivery.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDeliveryQueryTests(SqliteContentHost host) : DeliveryQueryTests(host), IClassFixture<SqliteContentHost>;

public sealed class PostgresDeliveryQueryTests(PostgresContentHost host) : DeliveryQueryTests(host), IClassFixture<PostgresContentHost>;
