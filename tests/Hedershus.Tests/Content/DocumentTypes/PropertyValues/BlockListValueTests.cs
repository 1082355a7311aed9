using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

/// <summary>Block lists, checked with the repository's faq and phone-number element types.</summary>
public sealed class BlockListValueTests
{
    private const string Key = "3f2b7c1e-8a4d-4b5e-9c6f-0a1b2c3d4e5f";
    private static readonly PropertyType Questions = RepositoryModels.Property("faq", "questions");

    [Fact]
    public void A_valid_block_is_normalised_and_keeps_its_key()
    {
        var stored = Accepted(Questions, $$"""
            [ { "contentType": "faqItem", "key": "{{Key.ToUpperInvariant()}}",
                "properties": { "question": " Vad är tvångsäktenskap? ", "answer": "<p>Ett äktenskap mot någons vilja.</p><script>x()</script>" } } ]
            """);

        var block = Assert.Single(stored.EnumerateArray());
        Assert.Equal("faqItem", block.GetProperty("contentType").GetString());
        Assert.Equal(Key, block.GetProperty("key").GetString());
        Assert.Equal("Vad är tvångsäktenskap?", block.GetProperty("properties").GetProperty("question").GetString());
        Assert.Equal("<p>Ett äktenskap mot någons vilja.</p>", block.GetProperty("properties").GetProperty("answer").GetString());
    }

    [Fact]
    public void A_block_without_key_gets_one()
    {
        var stored = Accepted(Questions, """[ { "contentType": "faqItem", "properties": { "question": "Fråga?", "answer": "<p>Svar.</p>" } } ]""");
        Assert.True(Guid.TryParse(stored[0].GetProperty("key").GetString(), out var key) && key != Guid.Empty);
    }

    [Fact]
    public void A_block_of_an_element_type_not_allowed_here_is_rejected()
    {
        const string json = """[ { "contentType": "textBlock", "properties": { "text": "<p>Hej</p>" } } ]""";
        var message = Rejected(Questions, json, Field + "[0].contentType");
        Assert.Contains("'textBlock' is not allowed here; use one of: faqItem", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_of_an_unknown_element_type_is_rejected()
    {
        Rejected(Questions, """[ { "contentType": "seminarBlock", "properties": {} } ]""", Field + "[0].contentType");
    }

    [Fact]
    public void A_nested_property_error_names_the_nested_field()
    {
        var phones = RepositoryModels.Property("helpService", "phoneNumbers");
        const string json = """
            [ { "contentType": "phoneNumberBlock", "properties": { "label": "Rätt att välja", "number": "020-57 70 70", "verifiedOn": "2026-03-02", "source": "NCK" } },
              { "contentType": "phoneNumberBlock", "properties": { "label": "Socialjouren", "number": "ring oss", "verifiedOn": "i går", "source": "Kommunen" } } ]
            """;
        var message = Rejected(phones, json, Field + "[1].properties.number");
        Assert.Contains("required format", message, StringComparison.Ordinal);
        Rejected(phones, json, Field + "[1].properties.verifiedOn");
    }

    [Fact]
    public void Mandatory_block_properties_are_required_when_the_block_is_saved()
    {
        var message = Rejected(Questions, """[ { "contentType": "faqItem", "properties": { "question": "Fråga utan svar?" } } ]""", Field + "[0].properties.answer");
        Assert.Contains("mandatory", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_the_element_type_lacks_is_rejected()
    {
        Rejected(Questions, """[ { "contentType": "faqItem", "properties": { "question": "?", "answer": "<p>!</p>", "address": "Gatan 1" } } ]""", Field + "[0].properties.address");
    }

    [Fact]
    public void Two_blocks_with_one_key_are_rejected()
    {
        var json = $$"""
            [ { "contentType": "faqItem", "key": "{{Key}}", "properties": { "question": "A?", "answer": "<p>A</p>" } },
              { "contentType": "faqItem", "key": "{{Key}}", "properties": { "question": "B?", "answer": "<p>B</p>" } } ]
            """;
        Rejected(Questions, json, Field + "[1].key");
    }

    [Fact]
    public void A_block_list_must_be_an_array_of_blocks()
    {
        Rejected(Questions, """{ "contentType": "faqItem" }""");
        Rejected(Questions, """[ "faqItem" ]""", Field + "[0]");
    }

    [Fact]
    public void An_empty_list_counts_as_empty()
    {
        Assert.True(Validator.IsEmpty(Questions, Accepted(Questions, "[]")));
        Assert.False(Validator.IsEmpty(Questions, Accepted(Questions, """[ { "contentType": "faqItem", "properties": { "question": "?", "answer": "<p>!</p>" } } ]""")));
    }

    [Fact]
    public void Delivery_outputs_items_with_content_and_converted_properties()
    {
        var stored = Accepted(Questions, $$"""
            [ { "contentType": "faqItem", "key": "{{Key}}", "properties": { "question": "Får skolan berätta för mina föräldrar?", "answer": "<p>Nej, inte utan vidare.</p>" } } ]
            """);
        var resolver = new TestPickerResolver();

        var output = Compact(Deliver(Questions, stored, resolver));

        Assert.Equal(
            """{"items":[{"content":{"contentType":"faqItem","id":""" + $"\"{Key}\"" +
            ""","properties":{"question":"Får skolan berätta för mina föräldrar?","answer":{"markup":"<p>Nej, inte utan vidare.</p>","blocks":[]}}},"settings":null}]}""",
            output);
        Assert.Equal(["question", "answer"], resolver.NestedScopes);
    }

    [Fact]
    public void Delivery_leaves_out_blocks_whose_element_type_is_gone()
    {
        var stored = Json($$"""[ { "contentType": "retiredBlock", "key": "{{Key}}", "properties": {} } ]""");
        Assert.Equal("""{"items":[]}""", Compact(Deliver(Questions, stored)));
        Assert.Equal(JsonValueKind.Array, stored.ValueKind);
    }
}
