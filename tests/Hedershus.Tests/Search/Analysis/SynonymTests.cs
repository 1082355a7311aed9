using Hedershus.Core.Search.Analysis;

namespace Hedershus.Tests.Search.Analysis;

[Collection(AnalysisCollection.Name)]
public sealed class SynonymTests(AnalysisFixture analysis)
{
    [Fact]
    public void A_query_term_expands_to_its_equivalents_with_a_lower_weight()
    {
        var concept = Assert.Single(analysis.Queries.Analyze("tvångsgifte", "sv").Concepts);

        Assert.Equal(new QueryAlternative("tvångsgifte", 1f, IsTyped: true), concept.Alternatives[0]);
        Assert.Contains(concept.Alternatives, a => a.Text == "tvångsäktenskap" && a.Weight == QueryTextAnalysis.SynonymWeight && !a.IsTyped);
        Assert.Contains(concept.Alternatives, a => a.Text == "gift mot sin vilja");
        Assert.DoesNotContain(concept.Alternatives.Skip(1), a => a.Text == "tvångsgifte");
    }

    [Theory]
    [InlineData("Tvångsgiftet")]
    [InlineData("tvangsgifte")]
    [InlineData("TVÅNGSGIFTEN")]
    public void Rules_match_inflected_capitalised_and_folded_forms(string typed)
    {
        var concept = Assert.Single(analysis.Queries.Analyze(typed, "sv").Concepts);

        Assert.Contains(concept.Alternatives, a => a.Text == "tvångsäktenskap");
    }

    [Fact]
    public void A_rule_of_several_words_becomes_one_concept_and_other_words_stay_concepts_of_their_own()
    {
        var concepts = analysis.Queries.Analyze("skyddat boende i Huddinge", "sv").Concepts;

        Assert.Equal(["skyddat boende", "Huddinge"], concepts.Select(c => c.Text));
        Assert.Contains(concepts[0].Alternatives, a => a.Text == "skyddsboende");
    }

    [Fact]
    public void A_one_way_rule_expands_the_broader_term_only()
    {
        var broad = Assert.Single(analysis.Queries.Analyze("skyddat boende", "sv").Concepts);
        var narrow = Assert.Single(analysis.Queries.Analyze("jourboende", "sv").Concepts);

        Assert.Contains(broad.Alternatives, a => a.Text == "jourboende");
        Assert.DoesNotContain(narrow.Alternatives, a => a.Text == "skyddat boende");
    }

    [Fact]
    public void English_rules_cover_spelling_variants()
    {
        var concepts = analysis.Queries.Analyze("honor based violence", "en").Concepts;

        Assert.Contains(concepts.SelectMany(c => c.Alternatives), a => a.Text.Contains("honour", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_query_falls_back_to_swedish_through_the_glossary()
    {
        var translated = analysis.Queries.AnalyzeForFallback("travel ban for children", "en", "sv");

        Assert.Equal("sv", translated.Culture);
        Assert.Equal("en", translated.TranslatedFrom);
        Assert.Equal(["travel ban", "children"], translated.Concepts.Select(c => c.Text));
        Assert.Contains(translated.Concepts[0].Alternatives, a => a.Text == "utreseförbud");
        Assert.Contains(translated.Concepts[1].Alternatives, a => a.Text == "barn");
    }

    [Fact]
    public void Words_without_a_translation_are_searched_as_typed()
    {
        var translated = analysis.Queries.AnalyzeForFallback("PATRIARK school", "en", "sv");

        Assert.Equal("PATRIARK", translated.Concepts[0].Alternatives.Single().Text);
        Assert.Contains(translated.Concepts[1].Alternatives, a => a.Text == "skola");
    }

    [Fact]
    public void Cultures_without_a_glossary_fall_back_with_the_text_as_typed()
    {
        var fallback = analysis.Queries.AnalyzeForFallback("zorla evlendirme", "tr", "sv");

        Assert.Equal("sv", fallback.Culture);
        Assert.Equal(["zorla", "evlendirme"], fallback.Concepts.Select(c => c.Text));
    }

    [Fact]
    public void Arabic_persian_and_turkish_have_their_own_rules()
    {
        Assert.Contains(Assert.Single(analysis.Queries.Analyze("ختان البنات", "ar").Concepts).Alternatives, a => a.Text == "ختان الإناث");
        Assert.Contains(Assert.Single(analysis.Queries.Analyze("ازدواج اجباری", "fa").Concepts).Alternatives, a => a.Text == "ازدواج تحمیلی");
        Assert.Contains(Assert.Single(analysis.Queries.Analyze("zorla evlilik", "tr").Concepts).Alternatives, a => a.Text == "zorla evlendirme");
    }

    [Fact]
    public void Every_culture_of_the_hub_finds_its_synonym_file_or_none()
    {
        Assert.EndsWith("synonyms.sv.txt", analysis.Analyzers.SynonymFileFor("sv-x-lattlast"), StringComparison.Ordinal);
        Assert.Null(analysis.Analyzers.SynonymFileFor("ti"));
        Assert.Same(SynonymSet.Empty, analysis.Analyzers.SynonymsFor("ti"));
        Assert.True(analysis.Analyzers.SynonymsFor("sv").RuleCount > 50);
    }
}
