namespace Hedershus.Tests.Content.DocumentTypes;

/// <summary>Each rule of a definition, broken once: the load fails with a message naming the file and the property.</summary>
public sealed class DocumentTypeLoaderTests : IDisposable
{
    private readonly ModelFolder _models = new ModelFolder().With("home.json", ModelFolder.ValidHome);

    public void Dispose() => _models.Dispose();

    private void AssertPropertyRejected(string propertyJson, string expected)
    {
        var error = _models.WithProperty("page.json", "page", propertyJson).LoadFails();
        Assert.Contains("page.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("property 'bad'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private void AssertTypeRejected(string file, string json, string expected)
    {
        var error = _models.With(file, json).LoadFails();
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_folder_loads()
    {
        var types = Hedershus.Core.Content.DocumentTypes.DocumentTypeLoader.LoadFolder(_models.Path);
        Assert.Equal("home", Assert.Single(types).Alias);
    }

    [Fact]
    public void Unknown_key_in_a_property_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "text", "mandatroy": true }""", "mandatroy");

    [Fact]
    public void Unknown_editor_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "colorPicker" }""", "unknown editor 'colorPicker'");

    [Fact]
    public void Missing_editor_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" } }""", "'editor' is missing");

    [Fact]
    public void Editor_names_are_matched_without_regard_to_case()
    {
        _models.WithProperty("page.json", "page", """{ "alias": "intro", "names": { "sv": "Intro" }, "editor": "textarea" }""");
        var types = Hedershus.Core.Content.DocumentTypes.DocumentTypeLoader.LoadFolder(_models.Path);
        Assert.Equal(Hedershus.Core.Content.DocumentTypes.PropertyEditor.TextArea, types.Single(t => t.Alias == "page").Properties[0].Editor);
    }

    [Fact]
    public void Type_without_names_is_rejected() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "properties": [] }""", "'names' is missing");

    [Fact]
    public void Type_with_null_names_is_rejected() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": null }""", "cannot be null");

    [Fact]
    public void Property_without_names_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "editor": "text" }""", "'names' is missing");

    [Fact]
    public void Property_alias_must_be_camel_case() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" }, "properties": [ { "alias": "Bad-alias", "names": { "sv": "X" }, "editor": "text" } ] }""", "property 'Bad-alias': 'alias' must be camelCase");

    [Fact]
    public void Property_alias_used_twice_is_rejected() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" }, "properties": [ { "alias": "bad", "names": { "sv": "X" }, "editor": "text" }, { "alias": "bad", "names": { "sv": "Y" }, "editor": "number" } ] }""", "property 'bad': the alias is used twice");

    [Fact]
    public void Element_type_cannot_be_allowed_at_root() =>
        AssertTypeRejected("block.json", """{ "alias": "block", "names": { "sv": "Block" }, "isElement": true, "variesByCulture": false, "allowedAtRoot": true }""", "cannot be 'allowedAtRoot'");

    [Fact]
    public void Element_type_cannot_have_children() =>
        AssertTypeRejected("block.json", """{ "alias": "block", "names": { "sv": "Block" }, "isElement": true, "variesByCulture": false, "allowedChildTypes": ["home"] }""", "'allowedChildTypes' must be empty");

    [Fact]
    public void Allowed_child_types_cannot_name_an_element_type()
    {
        _models.With("block.json", """{ "alias": "block", "names": { "sv": "Block" }, "isElement": true, "variesByCulture": false }""");
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" }, "allowedChildTypes": ["block"] }""", "'allowedChildTypes' names 'block', an element type");
    }

    [Fact]
    public void Allowed_child_types_must_exist() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" }, "allowedChildTypes": ["nowhere"] }""", "'allowedChildTypes' names 'nowhere', which no file defines");

    [Fact]
    public void Type_alias_defined_twice_is_rejected() =>
        AssertTypeRejected("other.json", """{ "alias": "home", "names": { "sv": "Annan" } }""", "alias 'home' is also defined in home.json");

    [Fact]
    public void Dropdown_without_items_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "dropdown" }""", "needs 'config.items'");

    [Fact]
    public void Dropdown_items_must_be_unique() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "dropdown", "config": { "items": ["Solna", "Nacka", "solna"] } }""", "lists 'Solna' more than once");

    [Fact]
    public void Dropdown_items_cannot_be_blank() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "dropdown", "config": { "items": ["Solna", " "] } }""", "an empty choice");

    [Fact]
    public void Max_length_must_be_positive() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "text", "config": { "maxLength": 0 } }""", "'config.maxLength' must be a positive number");

    [Fact]
    public void Max_items_must_be_positive() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "tags", "config": { "maxItems": -1 } }""", "'config.maxItems' must be a positive number");

    [Fact]
    public void Config_that_does_not_apply_to_the_editor_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "number", "config": { "maxLength": 10 } }""", "'config.maxLength' does not apply to number");

    [Fact]
    public void Min_greater_than_max_is_rejected() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "number", "config": { "min": 10, "max": 1 } }""", "'config.min' (10) is greater than 'config.max' (1)");

    [Fact]
    public void Validation_must_be_a_valid_regular_expression() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "text", "validation": "^[0-9" }""", "not a valid regular expression");

    [Fact]
    public void Validation_applies_to_text_only() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "richText", "validation": "^a" }""", "'validation' applies to text and textArea only");

    [Fact]
    public void Block_list_needs_allowed_types() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "blockList" }""", "needs 'config.allowedTypes'");

    [Fact]
    public void Block_list_allowed_types_must_be_element_types() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "blockList", "config": { "allowedTypes": ["home"] } }""", "block type 'home' must be an element type");

    [Fact]
    public void Block_list_allowed_types_must_exist() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "blockList", "config": { "allowedTypes": ["nowhere"] } }""", "'config.allowedTypes' names 'nowhere'");

    [Fact]
    public void Content_picker_cannot_pick_element_types()
    {
        _models.With("block.json", """{ "alias": "block", "names": { "sv": "Block" }, "isElement": true, "variesByCulture": false }""");
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "contentPicker", "config": { "allowedTypes": ["block"] } }""", "'block' is an element type");
    }

    [Fact]
    public void Only_scalar_properties_can_be_filterable() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "richText", "filterable": true }""", "can be filterable or sortable");

    [Fact]
    public void Several_valued_properties_cannot_be_sortable() =>
        AssertPropertyRejected("""{ "alias": "bad", "names": { "sv": "X" }, "editor": "dropdown", "sortable": true, "config": { "items": ["a", "b"], "multiple": true } }""", "cannot be sortable");

    [Fact]
    public void Invariant_type_cannot_have_variant_properties() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" }, "variesByCulture": false, "properties": [ { "alias": "bad", "names": { "sv": "X" }, "editor": "text" } ] }""", "property 'bad': the type does not vary by culture");

    [Fact]
    public void Malformed_json_names_the_file() =>
        AssertTypeRejected("page.json", """{ "alias": "page", "names": { "sv": "Sida" """, "invalid JSON");
}
