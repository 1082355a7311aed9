using Hedershus.Core.Search.Analysis;

namespace Hedershus.Tests.Search.Analysis;

[Collection(AnalysisCollection.Name)]
public sealed class SwedishAnalysisTests(AnalysisFixture analysis)
{
    [Theory]
    [InlineData("tvångsäktenskap", new[] { "tvång", "äktenskap" })]
    [InlineData("riskbedömningsverktyg", new[] { "risk", "bedömning", "verktyg" })]
    [InlineData("kontaktförbud", new[] { "kontakt", "förbud" })]
    [InlineData("oskuldskontroll", new[] { "oskuld", "kontroll" })]
    [InlineData("orosanmälan", new[] { "oro", "anmälan" })]
    [InlineData("könsstympning", new[] { "kön", "stympning" })]
    [InlineData("utreseförbud", new[] { "resa", "förbud" })]
    public void A_compound_is_indexed_whole_and_as_the_words_it_is_made_of(string compound, string[] words)
    {
        var tokens = analysis.Tokens("sv", compound);

        Assert.Equal(analysis.Word("sv", compound), tokens[0]);
        foreach (var word in words)
        {
            Assert.Contains(analysis.Word("sv", word), analysis.Parts("sv", compound));
        }
    }

    [Fact]
    public void Hedersrelaterat_splits_into_heder_and_relaterat_as_they_are_searched_alone()
    {
        var parts = analysis.Parts("sv", "hedersrelaterat");

        Assert.Contains(analysis.Word("sv", "heder"), parts);
        Assert.Contains(analysis.Word("sv", "relaterat"), parts);
    }

    [Fact]
    public void Compound_parts_share_the_position_of_the_compound_so_phrases_still_line_up()
    {
        var tokens = AnalyzedToken.Read(analysis.Analyzers.ForCulture("sv"), SearchFields.Body, "skyddat boende och tvångsäktenskap i Sverige");

        var compound = tokens.Where(t => t.Position == tokens.First(u => u.Term.StartsWith("tvångsäktenskap", StringComparison.Ordinal)).Position).ToList();
        Assert.Equal(3, compound.Count);
        Assert.All(compound.Skip(1), t => Assert.True(t.IsStacked));
        Assert.Equal([0, 1], tokens.Where(t => !t.IsStacked).Take(2).Select(t => t.Position));
    }

    [Theory]
    [InlineData("samtal")]
    [InlineData("planering")]
    [InlineData("uppgift")]
    [InlineData("ungdom")]
    [InlineData("bedömning")]
    public void Words_of_the_list_are_not_torn_apart_into_smaller_words(string word)
    {
        Assert.Empty(analysis.Parts("sv", word));
    }

    [Theory]
    [InlineData("hedersrelaterade", "hedersrelaterat")]
    [InlineData("hedersrelaterad", "hedersrelaterat")]
    [InlineData("våldet", "våld")]
    [InlineData("våldets", "våld")]
    [InlineData("tvångsäktenskapen", "tvångsäktenskap")]
    [InlineData("tvångsäktenskapet", "tvångsäktenskap")]
    [InlineData("kontaktförbudet", "kontaktförbud")]
    [InlineData("oskuldskontrollerna", "oskuldskontroll")]
    [InlineData("oskuldskontroller", "oskuldskontroll")]
    [InlineData("våldsutövarna", "våldsutövare")]
    [InlineData("flickorna", "flicka")]
    [InlineData("föräldrarna", "förälder")]
    [InlineData("döttrar", "dotter")]
    [InlineData("systrar", "syster")]
    public void Inflections_stem_to_the_same_word(string inflected, string baseForm)
    {
        Assert.Equal(analysis.Word("sv", baseForm), analysis.Word("sv", inflected));
    }

    [Fact]
    public void An_inflected_compound_keeps_its_parts()
    {
        Assert.Equal(analysis.Parts("sv", "tvångsäktenskap"), analysis.Parts("sv", "tvångsäktenskapen"));
        Assert.Equal(analysis.Parts("sv", "våldsutövare"), analysis.Parts("sv", "våldsutövarna"));
    }

    [Theory]
    [InlineData("tvangsaktenskap", "tvångsäktenskap")]
    [InlineData("vald", "våld")]
    [InlineData("kontaktforbudet", "kontaktförbudet")]
    [InlineData("modomshinna", "mödomshinna")]
    public void The_folded_fields_match_words_typed_without_diacritics(string typed, string written)
    {
        Assert.Equal(analysis.Word("sv", written, SearchFields.BodyFolded), analysis.Word("sv", typed, SearchFields.BodyFolded));
        Assert.NotEqual(analysis.Word("sv", written, SearchFields.Body), analysis.Word("sv", typed, SearchFields.Body));
    }

    [Fact]
    public void The_folded_fields_split_compounds_typed_without_diacritics()
    {
        Assert.Contains(analysis.Word("sv", "aktenskap", SearchFields.BodyFolded), analysis.Parts("sv", "tvangsaktenskapen", SearchFields.BodyFolded));
    }

    [Fact]
    public void Stop_words_and_question_verbs_are_dropped_also_without_diacritics()
    {
        Assert.Equal(["orosanmälan"], Words("hur gör man en orosanmälan"));
        Assert.Equal(["mobil"], Words("pa mobil"));
    }

    private IEnumerable<string> Words(string text) =>
        AnalyzedToken.Read(analysis.Analyzers.ForCulture("sv"), SearchFields.Body, text).Where(t => !t.IsStacked).Select(t => t.Term);

    [Fact]
    public void Easy_read_swedish_is_analysed_as_swedish()
    {
        Assert.Equal(AnalysisLanguage.Swedish, analysis.Analyzers.LanguageOf("sv-x-lattlast"));
        Assert.Equal(analysis.Tokens("sv", "tvångsäktenskapen"), analysis.Tokens("sv-x-lattlast", "tvångsäktenskapen"));
    }

    [Fact]
    public void The_suggest_field_keeps_whole_words_lower_cased_and_folded()
    {
        Assert.Equal(["tvangsaktenskap", "vad", "sager", "lagen"],
            analysis.Tokens("sv", "Tvångsäktenskap – vad säger lagen?", SearchFields.Suggest));
    }
}
