using System.Text.Json;
using Hedershus.Core.Content.DocumentTypes;
using static Hedershus.Tests.Content.DocumentTypes.PropertyValues.PropertyValueTesting;

namespace Hedershus.Tests.Content.DocumentTypes.PropertyValues;

/// <summary>Tags, date-time, number, boolean and dropdown.</summary>
public sealed class ScalarValueTests
{
    private static readonly PropertyType Tags = Property(PropertyEditor.Tags);
    private static readonly PropertyType DateTime = Property(PropertyEditor.DateTime);
    private static readonly PropertyType Number = Property(PropertyEditor.Number, new() { Min = 0, Max = 120 });
    private static readonly PropertyType Boolean = Property(PropertyEditor.Boolean);
    private static readonly PropertyType Municipality = RepositoryModels.Property("helpService", "municipality");
    private static readonly PropertyType Audience = RepositoryModels.Property("guidancePage", "audience");

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Tags_are_trimmed_without_blanks_or_repeats()
    {
        var stored = Accepted(Tags, """[ " tvångsäktenskap ", "Skola", "", "skola", "barn   äktenskap" ]""");
        Assert.Equal(["tvångsäktenskap", "Skola", "barn äktenskap"], Strings(stored));
    }

    [Fact]
    public void Tags_may_come_as_one_comma_separated_string()
    {
        Assert.Equal(["polis", "socialtjänst"], Strings(Accepted(Tags, "\"polis, socialtjänst,\"")));
    }

    [Fact]
    public void A_tag_that_is_not_a_string_is_rejected()
    {
        Rejected(Tags, """[ "polis", 112 ]""", Field + "[1]");
    }

    [Fact]
    public void Tags_empty_and_delivery()
    {
        Assert.True(Validator.IsEmpty(Tags, Accepted(Tags, "[ \" \" ]")));
        Assert.Equal("""["hedersförtryck"]""", Compact(Deliver(Tags, Json("""["hedersförtryck"]"""))));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02T00:00:00Z")]
    [InlineData("2026-03-02T10:15:30+01:00", "2026-03-02T09:15:30Z")]
    [InlineData("2026-06-01T08:00:00.987Z", "2026-06-01T08:00:00Z")]
    [InlineData("2026-06-01 08:00", "2026-06-01T08:00:00Z")]
    public void Dates_are_stored_as_ISO_8601_UTC(string input, string expected)
    {
        Assert.Equal(expected, Accepted(DateTime, $"\"{input}\"").GetString());
    }

    [Theory]
    [InlineData("\"02/03/2026\"")]
    [InlineData("\"2 mars 2026\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("20260302")]
    public void Other_date_forms_are_rejected(string json)
    {
        Assert.Contains("ISO-8601", Rejected(DateTime, json), StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_date_is_null_and_empty_and_delivery_is_the_string()
    {
        Assert.True(Validator.IsEmpty(DateTime, Accepted(DateTime, "\"\"")));
        Assert.Equal("\"2026-03-02T09:00:00Z\"", Compact(Deliver(DateTime, Json("\"2026-03-02T09:00:00Z\""))));
    }

    [Fact]
    public void Numbers_are_stored_as_numbers()
    {
        Assert.Equal(JsonValueKind.Number, Accepted(Number, "\"12.5\"").ValueKind);
        Assert.Equal(12.5m, Accepted(Number, "\"12.5\"").GetDecimal());
        Assert.Equal(0m, Accepted(Number, "0").GetDecimal());
        Assert.Equal("42", Compact(Deliver(Number, Json("42"))));
    }

    [Fact]
    public void Numbers_outside_min_and_max_or_not_numbers_are_rejected()
    {
        Assert.Contains("below", Rejected(Number, "-1"), StringComparison.Ordinal);
        Assert.Contains("above", Rejected(Number, "121"), StringComparison.Ordinal);
        Rejected(Number, "\"tolv\"");
        Rejected(Number, "true");
    }

    [Fact]
    public void Zero_is_a_value_not_empty()
    {
        Assert.False(Validator.IsEmpty(Number, Json("0")));
    }

    [Fact]
    public void Booleans_are_true_or_false()
    {
        Assert.Equal(JsonValueKind.True, Accepted(Boolean, "true").ValueKind);
        Assert.Equal(JsonValueKind.False, Accepted(Boolean, "\"false\"").ValueKind);
        Assert.Equal(JsonValueKind.True, Accepted(Boolean, "1").ValueKind);
        Rejected(Boolean, "\"ja\"");
        Assert.Equal("false", Compact(Deliver(Boolean, Json("false"))));
    }

    [Fact]
    public void A_mandatory_boolean_must_be_true()
    {
        Assert.True(Validator.IsEmpty(Boolean, Json("false")));
        Assert.False(Validator.IsEmpty(Boolean, Json("true")));
    }

    [Fact]
    public void Dropdown_accepts_an_item_in_its_own_spelling()
    {
        Assert.Equal("Södertälje", Accepted(Municipality, "\"södertälje\"").GetString());
        Assert.Equal("Upplands Väsby", Accepted(Municipality, "\"Upplands Väsby\"").GetString());
    }

    [Fact]
    public void Dropdown_rejects_a_value_outside_its_items()
    {
        var message = Rejected(Municipality, "\"Uppsala\"");
        Assert.Contains("'Uppsala' is not one of the choices", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_dropdown_rejects_two_values()
    {
        Assert.Contains("Choose one", Rejected(Municipality, """["Solna", "Nacka"]"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_dropdown_stores_a_list_without_repeats()
    {
        Assert.Equal(["young", "relatives"], Strings(Accepted(Audience, """["young", "relatives", "Young"]""")));
        Assert.Equal(["professionals"], Strings(Accepted(Audience, "\"professionals\"")));
        Rejected(Audience, """["young", "teachers"]""", Field + "[1]");
    }

    [Fact]
    public void Dropdown_delivery_is_a_string_or_an_array()
    {
        Assert.Equal("\"Solna\"", Compact(Deliver(Municipality, Json("\"Solna\""))));
        Assert.Equal("""["young","ngos"]""", Compact(Deliver(Audience, Json("""["young","ngos"]"""))));
        Assert.True(Validator.IsEmpty(Audience, Accepted(Audience, "[]")));
        Assert.True(Validator.IsEmpty(Municipality, Accepted(Municipality, "\"\"")));
    }

    [Fact]
    public void Null_is_allowed_at_save_for_every_editor()
    {
        foreach (var editor in Enum.GetValues<PropertyEditor>())
        {
            var property = Property(editor, new() { Items = ["a"], AllowedTypes = ["faqItem"] });
            Assert.Equal(JsonValueKind.Null, Accepted(property, "null").ValueKind);
            Assert.True(Validator.IsEmpty(property, Json("null")));
            Assert.Null(Deliver(property, Json("null")));
        }
    }
}
