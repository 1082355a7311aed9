using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

public sealed class TextValueTests
{
    private static readonly PropertyType Text = Property(PropertyEditor.Text, new() { MaxLength = 20 });
    private static readonly PropertyType TextArea = Property(PropertyEditor.TextArea);

    [Fact]
    public void Text_is_trimmed_and_kept_in_Swedish()
    {
        Assert.Equal("Tvångsäktenskap", Accepted(Text, "\"  Tvångsäktenskap \"").GetString());
    }

    [Fact]
    public void One_line_text_turns_line_breaks_into_spaces()
    {
        Assert.Equal("Rätt att välja", Accepted(Text, "\"Rätt att\\r\\nvälja\"").GetString());
    }

    [Fact]
    public void Text_area_keeps_line_breaks_as_newlines()
    {
        Assert.Equal("Första raden\nAndra raden", Accepted(TextArea, "\"Första raden\\r\\nAndra raden\\n\"").GetString());
    }

    [Fact]
    public void Text_longer_than_max_length_is_rejected()
    {
        var message = Rejected(Text, "\"Hedersrelaterat våld och förtryck\"");
        Assert.Contains("at most 20", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_length_counts_what_a_reader_sees()
    {
        // "å" written as "a" plus a combining ring is one character on screen.
        var decomposed = string.Concat(Enumerable.Repeat("a\u030A", 20));
        Assert.Equal(decomposed, Accepted(Text, $"\"{decomposed}\"").GetString());
    }

    [Fact]
    public void A_number_is_not_text()
    {
        Assert.Contains("Expected text", Rejected(Text, "112"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_pattern_is_applied()
    {
        var phone = RepositoryModels.Property("phoneNumberBlock", "number");
        Assert.Equal("020-50 50 50", Accepted(phone, "\"020-50 50 50\"").GetString());
        Assert.Contains("required format", Rejected(phone, "\"ring oss\""), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_that_runs_too_long_is_an_error_not_a_hang()
    {
        var catastrophic = Property(PropertyEditor.Text, validation: "^(a+)+$");
        var message = Rejected(catastrophic, $"\"{new string('a', 40)}!\"");
        Assert.Contains("in time", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_empty_are_allowed_at_save_and_count_as_empty()
    {
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Accepted(Text, "null").ValueKind);
        Assert.True(Validator.IsEmpty(Text, Accepted(Text, "\"   \"")));
        Assert.True(Validator.IsEmpty(Text, default));
        Assert.False(Validator.IsEmpty(Text, Json("\"Hej\"")));
    }

    [Fact]
    public void Delivery_outputs_the_string()
    {
        Assert.Equal("\"Stödlinjen\"", Compact(Deliver(Text, Json("\"Stödlinjen\""))));
        Assert.Null(Deliver(Text, Json("null")));
    }
}
