using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

public sealed class PickerValueTests
{
    private static readonly Guid Page = Guid.Parse("5de65f2e-055e-4e6a-adc3-edb340dcd2e8");
    private static readonly Guid Image = Guid.Parse("a1b2c3d4-0000-4000-8000-000000000001");
    private static readonly Guid OtherImage = Guid.Parse("a1b2c3d4-0000-4000-8000-000000000002");
    private static readonly PropertyType ContentPicker = Property(PropertyEditor.ContentPicker);
    private static readonly PropertyType MediaPicker = Property(PropertyEditor.MediaPicker, new() { MaxItems = 2 });

    [Fact]
    public void Content_picker_stores_a_lower_case_key()
    {
        Assert.Equal(Page.ToString(), Accepted(ContentPicker, $"\"{Page.ToString().ToUpperInvariant()}\"").GetString());
    }

    [Fact]
    public void Content_picker_accepts_an_Umbraco_udi()
    {
        Assert.Equal(Page.ToString(), Accepted(ContentPicker, $"\"umb://document/{Page:N}\"").GetString());
    }

    [Fact]
    public void Content_picker_rejects_what_is_not_a_key()
    {
        Assert.Contains("GUID", Rejected(ContentPicker, "\"startsidan\""), StringComparison.Ordinal);
        Rejected(ContentPicker, $"[\"{Page}\"]");
    }

    [Fact]
    public void Content_picker_blank_is_stored_as_null_and_is_empty()
    {
        var stored = Accepted(ContentPicker, "\"\"");
        Assert.Equal(JsonValueKind.Null, stored.ValueKind);
        Assert.True(Validator.IsEmpty(ContentPicker, stored));
    }

    [Fact]
    public void Content_picker_delivery_asks_the_resolver_and_gives_null_for_unpublished()
    {
        var resolver = new TestPickerResolver();
        resolver.Documents[Page] = ("guidancePage", "Tvångsäktenskap", "/vagledning/tvangsaktenskap/");

        var picked = Deliver(ContentPicker, Json($"\"{Page}\""), resolver);

        Assert.Equal("guidancePage", picked?["contentType"]?.GetValue<string>());
        Assert.Null(Deliver(ContentPicker, Json($"\"{Guid.NewGuid()}\""), resolver));
    }

    [Fact]
    public void Media_picker_stores_a_list_without_repeats()
    {
        var stored = Accepted(MediaPicker, $"[\"{Image}\", \"{Image.ToString().ToUpperInvariant()}\", \"{OtherImage}\"]");
        Assert.Equal([Image.ToString(), OtherImage.ToString()], stored.EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void Media_picker_takes_a_single_key_as_a_list_of_one()
    {
        Assert.Equal(Image.ToString(), Assert.Single(Accepted(MediaPicker, $"\"{Image}\"").EnumerateArray()).GetString());
    }

    [Fact]
    public void Media_picker_rejects_more_than_max_items_and_bad_keys()
    {
        Assert.Contains("at most 2", Rejected(MediaPicker, $"[\"{Image}\", \"{OtherImage}\", \"{Guid.NewGuid()}\"]"), StringComparison.Ordinal);
        Rejected(MediaPicker, $"[\"{Image}\", \"bild.jpg\"]", Field + "[1]");
    }

    [Fact]
    public void Media_picker_delivery_is_an_array_of_existing_media()
    {
        var resolver = new TestPickerResolver();
        resolver.MediaKeys.Add(Image);

        var output = Deliver(MediaPicker, Json($"[\"{Image}\", \"{OtherImage}\"]"), resolver)!.AsArray();

        Assert.Equal(Image.ToString(), Assert.Single(output)?["id"]?.GetValue<string>());
        Assert.True(Validator.IsEmpty(MediaPicker, Json("[]")));
    }
}
