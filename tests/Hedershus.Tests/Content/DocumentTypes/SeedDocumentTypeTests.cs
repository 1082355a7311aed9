using System.Text.RegularExpressions;
using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Tests.Content.DocumentTypes;

/// <summary>The document types checked into umbraco/models load, and hold what the seed, the importer and SAFETY need.</summary>
public sealed partial class SeedDocumentTypeTests
{
    // Stockholm county's 26 municipalities (docs/FACTS.md).
    private static readonly string[] Municipalities =
    [
        "Upplands Väsby", "Vallentuna", "Österåker", "Värmdö", "Järfälla", "Ekerö", "Huddinge", "Botkyrka", "Salem", "Haninge",
        "Tyresö", "Upplands-Bro", "Nykvarn", "Täby", "Danderyd", "Sollentuna", "Stockholm", "Södertälje", "Nacka", "Sundbyberg",
        "Solna", "Lidingö", "Vaxholm", "Norrtälje", "Sigtuna", "Nynäshamn",
    ];

    private static readonly string[] CorpusTypes = ["guidancePage", "methodDescription", "helpService", "externalResource", "faq", "newsArticle"];

    [Fact]
    public void Every_file_in_umbraco_models_loads()
    {
        var files = Directory.GetFiles(RepositoryModels.Folder, "*.json").Select(Path.GetFileName).Order().ToList();
        var types = DocumentTypeLoader.LoadFolder(RepositoryModels.Folder);
        Assert.Equal(files, types.Select(t => t.SourceFile).Order().ToList());
        Assert.All(types, t => Assert.Equal(t.Alias + ".json", t.SourceFile));
    }

    [Theory]
    [InlineData("home")]
    [InlineData("landingPage")]
    [InlineData("guidancePage")]
    [InlineData("methodDescription")]
    [InlineData("helpService")]
    [InlineData("externalResource")]
    [InlineData("faq")]
    [InlineData("newsArticle")]
    public void The_seed_types_exist_with_Swedish_and_English_names(string alias)
    {
        var type = RepositoryModels.Type(alias);
        Assert.False(type.IsElement);
        Assert.False(string.IsNullOrWhiteSpace(type.Names["sv"]));
        Assert.False(string.IsNullOrWhiteSpace(type.Names["en"]));
        Assert.All(type.Properties, p => Assert.True(p.Names.ContainsKey("sv") && p.Names.ContainsKey("en"), $"{alias}.{p.Alias} lacks a name"));
    }

    [Fact]
    public void Only_home_is_allowed_at_root_and_it_allows_every_page_type()
    {
        var root = Assert.Single(RepositoryModels.Registry.All, t => t.AllowedAtRoot);
        Assert.Equal("home", root.Alias);
        Assert.Superset(new HashSet<string>(CorpusTypes.Append("landingPage")), new HashSet<string>(root.AllowedChildTypes));
        Assert.Subset(new HashSet<string>(root.AllowedChildTypes), new HashSet<string>(CorpusTypes.Append("landingPage")));
    }

    [Theory]
    [InlineData("guidancePage")]
    [InlineData("methodDescription")]
    [InlineData("helpService")]
    [InlineData("externalResource")]
    [InlineData("faq")]
    [InlineData("newsArticle")]
    public void Corpus_types_have_the_properties_the_importer_maps(string alias)
    {
        Assert.Equal(PropertyEditor.TextArea, RepositoryModels.Property(alias, "summary").Editor);
        Assert.Equal(PropertyEditor.RichText, RepositoryModels.Property(alias, "body").Editor);
        var audience = RepositoryModels.Property(alias, "audience");
        Assert.True(audience is { Editor: PropertyEditor.Dropdown, Filterable: true, Config.Multiple: true });
        Assert.Subset(new HashSet<string>(audience.Config.Items), new HashSet<string>(["young", "relatives", "professionals", "ngos", "perpetrators"]));
        Assert.True(RepositoryModels.Property(alias, "topics") is { Editor: PropertyEditor.Tags, Filterable: true });
    }

    [Fact]
    public void Help_service_municipality_offers_all_26_municipalities_and_is_filterable()
    {
        var municipality = RepositoryModels.Property("helpService", "municipality");
        Assert.True(municipality is { Editor: PropertyEditor.Dropdown, Filterable: true, VariesByCulture: false });
        Assert.Equal(Municipalities.Order(StringComparer.Ordinal), municipality.Config.Items.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_service_has_no_address_field_SAFETY_S12()
    {
        foreach (var property in RepositoryModels.Type("helpService").Properties)
        {
            var words = string.Join(' ', property.Names.Values.Append(property.Alias));
            Assert.False(AddressWords().IsMatch(words), $"helpService.{property.Alias} looks like an address field.");
        }
    }

    [Fact]
    public void Phone_numbers_carry_a_verified_date_and_a_source_SAFETY_S11()
    {
        Assert.True(RepositoryModels.Property("phoneNumberBlock", "verifiedOn") is { Editor: PropertyEditor.DateTime, Mandatory: true });
        Assert.True(RepositoryModels.Property("phoneNumberBlock", "source") is { Mandatory: true });
        Assert.Equal(["phoneNumberBlock"], RepositoryModels.Property("helpService", "phoneNumbers").Config.AllowedTypes);
        Assert.Equal(["phoneNumberBlock"], RepositoryModels.Property("home", "crisisNumbers").Config.AllowedTypes);
    }

    [Theory]
    [InlineData("methodDescription", "lastReviewed")]
    [InlineData("guidancePage", "lastReviewed")]
    [InlineData("newsArticle", "publishedDate")]
    public void Dates_people_sort_by_are_sortable(string alias, string property) =>
        Assert.True(RepositoryModels.Property(alias, property) is { Editor: PropertyEditor.DateTime, Sortable: true });

    [Fact]
    public void Method_description_has_its_sections()
    {
        foreach (var alias in new[] { "purpose", "targetGroup", "howToWork", "evidence", "sources", "relatedLaw", "lastReviewed" })
        {
            Assert.NotNull(RepositoryModels.Type("methodDescription").FindProperty(alias));
        }
    }

    [Fact]
    public void Faq_questions_are_blocks_of_an_element_type()
    {
        var questions = RepositoryModels.Property("faq", "questions");
        Assert.Equal(PropertyEditor.BlockList, questions.Editor);
        var item = RepositoryModels.Type(Assert.Single(questions.Config.AllowedTypes));
        Assert.True(item.IsElement);
        Assert.True(item.FindProperty("question")?.Mandatory);
        Assert.Equal(PropertyEditor.RichText, item.FindProperty("answer")?.Editor);
    }

    [GeneratedRegex("address|adress|street|gata|postal|postnummer|besök|visiting", RegexOptions.IgnoreCase)]
    private static partial Regex AddressWords();
}
