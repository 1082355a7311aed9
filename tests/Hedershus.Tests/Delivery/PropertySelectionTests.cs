using Hedershus.Core.Common;
using Hedershus.Core.Delivery.Output;

namespace Hedershus.Tests.Delivery;

public sealed class PropertySelectionTests
{
    [Fact]
    public void An_empty_value_gives_the_default()
    {
        Assert.Same(PropertySelection.None, PropertySelection.Parse(null, "expand", PropertySelection.None));
        Assert.Same(PropertySelection.Everything, PropertySelection.Parse(" ", "fields", PropertySelection.Everything));
    }

    [Fact]
    public void All_includes_every_alias()
    {
        var selection = PropertySelection.Parse("properties[$all]", "expand", PropertySelection.None);

        Assert.True(selection.All);
        Assert.True(selection.Includes("anything"));
        Assert.Null(selection.Nested("anything"));
    }

    [Fact]
    public void Named_aliases_are_included_with_what_is_nested_in_them()
    {
        var selection = PropertySelection.Parse("properties[a,b[properties[x,y[properties[$all]]]],c]", "fields", PropertySelection.Everything);

        Assert.True(selection.Includes("a") && selection.Includes("b") && selection.Includes("c"));
        Assert.False(selection.Includes("x"));
        Assert.Null(selection.Nested("a"));
        var b = selection.Nested("b")!;
        Assert.True(b.Includes("x") && b.Includes("y") && !b.Includes("a"));
        Assert.True(b.Nested("y")!.All);
    }

    [Fact]
    public void An_empty_list_includes_nothing()
    {
        var selection = PropertySelection.Parse("properties[]", "fields", PropertySelection.Everything);

        Assert.False(selection.Includes("title"));
    }

    [Theory]
    [InlineData("properties")]
    [InlineData("properties[")]
    [InlineData("properties[a")]
    [InlineData("properties[a,]")]
    [InlineData("properties[a]]")]
    [InlineData("properties[a[b]]")]
    [InlineData("property[a]")]
    [InlineData("properties[a b]")]
    [InlineData("properties[a[properties[b[properties[c[properties[d[properties[e[properties[f[properties[g[properties[h[properties[i[properties[j]]]]]]]]]]]]]]]]]]]")]
    public void Bad_syntax_names_the_parameter(string text)
    {
        var error = Assert.Throws<InputValidationException>(() => PropertySelection.Parse(text, "expand", PropertySelection.None));

        Assert.Equal(["expand"], error.Errors.Keys);
    }
}
