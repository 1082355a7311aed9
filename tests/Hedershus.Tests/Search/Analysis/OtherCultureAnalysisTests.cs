using Hedershus.Core.Search.Analysis;

namespace Hedershus.Tests.Search.Analysis;

[Collection(AnalysisCollection.Name)]
public sealed class OtherCultureAnalysisTests(AnalysisFixture analysis)
{
    [Theory]
    [InlineData("marriages", "marriage")]
    [InlineData("children's", "children")]
    [InlineData("testing", "test")]
    [InlineData("assessments", "assessment")]
    [InlineData("Oppressed", "oppression")]
    [InlineData("children", "child")]
    [InlineData("married", "marriage")]
    [InlineData("women", "woman")]
    public void English_inflections_and_possessives_stem_to_the_same_word(string inflected, string baseForm)
    {
        Assert.Equal(analysis.Word("en", baseForm), analysis.Word("en", inflected));
    }

    [Fact]
    public void English_stop_words_are_dropped()
    {
        Assert.Equal([analysis.Word("en", "report"), analysis.Word("en", "child")], analysis.Tokens("en", "the report of a child"));
    }

    [Fact]
    public void Arabic_drops_the_article_and_normalises_alef_and_teh_marbuta()
    {
        Assert.Equal(analysis.Word("ar", "زواج"), analysis.Word("ar", "الزواج"));
        Assert.Equal(analysis.Word("ar", "اناث"), analysis.Word("ar", "الإناث"));
        Assert.Equal(analysis.Word("ar", "مساعده"), analysis.Word("ar", "مساعدة"));
    }

    [Fact]
    public void Persian_normalises_arabic_letters_and_zero_width_non_joiners()
    {
        // Arabic yeh and kaf become Persian yeh and keheh; "می‌توانید" is written with a zero-width non-joiner.
        Assert.Equal(analysis.Word("fa", "کمک"), analysis.Word("fa", "كمك"));
        Assert.Equal(analysis.Word("fa", "اجباری"), analysis.Word("fa", "اجباري"));
        Assert.Equal(analysis.Tokens("fa", "می توانید"), analysis.Tokens("fa", "می‌توانید"));
    }

    [Fact]
    public void Turkish_lower_cases_dotted_capitals_drops_apostrophe_suffixes_and_stems()
    {
        Assert.Equal(analysis.Word("tr", "isveç"), analysis.Word("tr", "İsveç'teki"));
        Assert.Equal(analysis.Word("tr", "evlilik"), analysis.Word("tr", "evliliği"));
        Assert.Equal("isvec", analysis.Word("tr", "İSVEÇ", SearchFields.BodyFolded));
    }

    [Theory]
    [InlineData("so", "Caawimaad", "caawimaad")]
    [InlineData("kmr", "Kurmancî", "kurmanci")]
    [InlineData("so", "Iswiidhan", "iswiidhan")]
    public void Other_cultures_get_standard_analysis_with_folding(string culture, string text, string expected)
    {
        Assert.Equal(AnalysisLanguage.Generic, analysis.Analyzers.LanguageOf(culture));
        Assert.Equal(expected, analysis.Word(culture, text));
    }

    [Fact]
    public void Sorani_uses_lucenes_sorani_normalisation()
    {
        Assert.Equal(AnalysisLanguage.Sorani, analysis.Analyzers.LanguageOf("ckb"));
        Assert.Equal(analysis.Word("ckb", "كوردی"), analysis.Word("ckb", "کوردی"));
    }

    [Fact]
    public void The_standard_analyzer_is_lucenes_as_umbraco_uses_it()
    {
        Assert.Equal(["tvångsäktenskapen", "i", "sverige"],
            AnalyzedToken.Read(analysis.Analyzers.Standard, SearchFields.Body, "Tvångsäktenskapen i Sverige").Select(t => t.Term));
    }
}
