using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Delivery.Querying;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Delivery;

public sealed class DeliveryQueryParserTests
{
    private readonly DeliveryQueryParser _parser = new(new DocumentTypeRegistry(DocumentTypeLoader.LoadFolder(ContentHost.ModelsPath)));

    [Fact]
    public void Nothing_given_means_all_content_first_ten()
    {
        var query = _parser.Parse(null, null, null, null, null);

        Assert.Equal(SelectorKind.All, query.Selector.Kind);
        Assert.Empty(query.Filters);
        Assert.Empty(query.Sorts);
        Assert.Equal((0, 10), (query.Skip, query.Take));
    }

    [Theory]
    [InlineData("children:/vagledning/", SelectorKind.Children, "/vagledning/")]
    [InlineData("Descendants: 5de65f2e-055e-4e6a-adc3-edb340dcd2e8", SelectorKind.Descendants, "5de65f2e-055e-4e6a-adc3-edb340dcd2e8")]
    [InlineData("ancestors:/a/b", SelectorKind.Ancestors, "/a/b")]
    public void Fetch_names_a_selector_and_its_start_item(string fetch, SelectorKind kind, string target)
    {
        var query = _parser.Parse(fetch, null, null, null, null);

        Assert.Equal(new DeliverySelector(kind, target), query.Selector);
    }

    [Fact]
    public void Filters_and_sorts_of_every_kind_are_read()
    {
        var query = _parser.Parse(
            null,
            ["contentType:testPage,testRoot", "name:!x", "createDate>2024-01-01", "updateDate<:2025-01-01T10:00:00", "audience:young", "startDate>:2026-01-01", " "],
            ["name:asc", "startDate:DESC", "sortOrder:desc", ""],
            "5",
            "1000");

        Assert.Equal([typeof(ContentTypeFilter), typeof(NameFilter), typeof(DateFilter), typeof(DateFilter), typeof(PropertyFilter), typeof(PropertyFilter)], query.Filters.Select(f => f.GetType()));
        Assert.Equal([(SortField.Name, false), (SortField.Property, true), (SortField.SortOrder, true)], query.Sorts.Select(s => (s.Field, s.Descending)));
        Assert.Equal("startDate", query.Sorts[1].Alias);
        Assert.Equal((5, 1000), (query.Skip, query.Take));
    }

    [Fact]
    public void Every_bad_parameter_is_named_at_once()
    {
        var error = Assert.Throws<InputValidationException>(() => _parser.Parse("up:/", ["title:x"], ["code:asc"], "-3", "0"));

        Assert.Equal(["fetch", "filter", "skip", "sort", "take"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Equal_queries_share_a_key_and_different_ones_do_not()
    {
        var a = _parser.Parse("children:/", ["name:a"], ["name:asc"], null, "5");
        var b = _parser.Parse("children:/x/", [" name:a "], ["name:asc"], "10", null);
        var c = _parser.Parse("children:/", ["name:a"], ["name:desc"], null, null);

        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, c.Key);
    }
}
