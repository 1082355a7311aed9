using System.Text.Json;
using Hedershus.Core.Content;
using Hedershus.Core.Content.Published;

namespace Hedershus.Tests.Content;

/// <summary>The snapshot's compact property values read like the stored ones.</summary>
public sealed class PublishedPropertyReaderTests
{
    private readonly PublishedPropertyReader _reader = new();

    [Fact]
    public void Invariant_and_culture_values_are_flattened_and_the_culture_wins()
    {
        var properties = _reader.Read(Stored("sv", """{"title":"Rubrik","body":"<p>Text</p>"}""", """{"title":"Invariant","tags":["a","b"]}"""), "sv");

        Assert.Equal(["tags", "title", "body"], properties.Keys);
        Assert.Equal("Rubrik", properties["title"].GetString());
        Assert.Equal("<p>Text</p>", properties["body"].GetString());
        Assert.Equal(2, properties["tags"].GetArrayLength());
        Assert.False(properties.TryGetValue("missing", out _));
        Assert.Equal(["tags", "title", "body"], properties.Select(p => p.Key));
        Assert.Equal(3, properties.Count);
    }

    [Fact]
    public void Text_is_held_without_escapes_but_reads_the_same()
    {
        const string text = "Våld i hederns namn <b>&</b> – العنف باسم الشرف \"citat\" \\ \n";
        var properties = _reader.Read(Stored("ar", JsonSerializer.Serialize(new { body = text }), "{}"), "ar");

        Assert.Equal(text, properties["body"].GetString());
        Assert.Contains("العنف", properties["body"].GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", properties["body"].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_written_into_the_database_by_hand_is_kept_as_stored()
    {
        var properties = _reader.Read("""{"cultures":{"sv":{"properties":{"body":"a\uD800b","n":1.50}}}}""", "sv");

        Assert.Equal("\"a\\uD800b\"", properties["body"].GetRawText());
        Assert.Equal("1.50", properties["n"].GetRawText());
    }

    [Fact]
    public void Cultures_with_the_same_properties_share_one_alias_list()
    {
        var sv = _reader.Read(Stored("sv", """{"title":"a"}""", "{}"), "sv");
        var en = _reader.Read(Stored("en", """{"title":"b"}""", "{}"), "en");

        Assert.Same(sv.Keys, en.Keys);
        Assert.Same(sv.Keys.Single(), en.Keys.Single());
    }

    [Fact]
    public void A_culture_without_properties_is_empty()
    {
        var properties = _reader.Read(Stored("en", "{}", "{}"), "sv");

        Assert.Empty(properties);
        Assert.Equal(JsonValueKind.Object, properties.Object.ValueKind);
    }

    private static string Stored(string culture, string cultureProperties, string invariantProperties) =>
        new ContentData
        {
            Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(invariantProperties)!,
            Cultures = { [culture] = new CultureData { Name = "n", Segment = "s", Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(cultureProperties)! } },
        }.Serialize();
}
