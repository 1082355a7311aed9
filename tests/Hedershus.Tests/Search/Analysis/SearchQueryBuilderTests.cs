using Hedershus.Core.Search;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hedershus.Tests.Search.Analysis;

[Collection(AnalysisCollection.Name)]
public sealed class SearchQueryBuilderTests : IDisposable
{
    private readonly AnalysisFixture _analysis;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SearchQueryBuilderTests(AnalysisFixture analysis)
    {
        _analysis = analysis;
        var analyzer = analysis.Analyzers.ForCulture("sv");
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            Add(writer, "forced", "Tvångsäktenskap – vad säger lagen", "Ingen får tvinga dig att gifta dig. Du har rätt till stöd.");
            Add(writer, "ban", "Kontaktförbud", "Ett kontaktförbud skyddar dig mot att någon söker upp dig. Polisen gör en riskbedömning.");
            Add(writer, "control", "Social kontroll i vardagen", "När familjen bestämmer över ditt liv är det social kontroll.");
            Add(writer, "scattered", "Socialt arbete", "Kontroll av dokument och sociala frågor i kommunen.");
            Add(writer, "report", "Orosanmälan", "Så gör du en orosanmälan till socialtjänsten när du är orolig för ett barn.");
            Add(writer, "elected", "Vald till styrelsen", "Hon blev vald till ordförande i föreningen.");
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    [Fact]
    public void Separate_words_find_the_compound_made_of_them()
    {
        Assert.Equal(["forced"], Search("äktenskap tvång", QueryMatching.AllConcepts));
    }

    [Fact]
    public void An_inflected_compound_finds_its_base_form()
    {
        Assert.Equal(["forced"], Search("tvångsäktenskapen", QueryMatching.AllConcepts));
    }

    [Fact]
    public void A_synonym_finds_what_the_typed_word_does_not()
    {
        Assert.Equal(["forced"], Search("tvångsgifte", QueryMatching.AllConcepts));
    }

    [Fact]
    public void A_typo_matches_only_when_typos_are_allowed()
    {
        Assert.Empty(Search("kontaktförbund", QueryMatching.AllConcepts));
        Assert.Equal(["ban"], Search("kontaktförbund", QueryMatching.AllConceptsWithTypos));
    }

    [Fact]
    public void A_typo_still_finds_the_synonyms_of_the_word_it_stands_for()
    {
        var corrected = _analysis.Queries.Analyze("orosanmälnan", "sv", _reader);

        Assert.Contains(Assert.Single(corrected.Concepts).Alternatives, a => a.Text == "anmälan om oro");
        Assert.Equal("orosanmalan", TermCorrection.Correct(_reader, SearchFields.BodyFolded, "orosanmalnan", maxEdits: 2));
        Assert.Null(TermCorrection.Correct(_reader, SearchFields.BodyFolded, "orosanmalan", maxEdits: 2));
    }

    [Fact]
    public void A_typo_of_a_term_the_index_lacks_still_finds_its_rule()
    {
        // "hedersvåld" is in no document here, but it starts a synonym rule.
        var concept = Assert.Single(_analysis.Queries.Analyze("hedersvåd", "sv", _reader).Concepts);

        Assert.Equal("hedersvåd", concept.Alternatives[0].Text);
        Assert.Contains(concept.Alternatives, a => a.Text == "hedersrelaterat våld");
        Assert.Single(_analysis.Queries.Analyze("hedersvåd", "sv").Concepts[0].Alternatives);
    }

    [Fact]
    public void A_misspelt_word_is_also_compared_as_typed_since_the_stemmer_cuts_it_differently()
    {
        // "riskbedömnig" stems to "riskbedömn", three edits from the indexed "riskbedömning"; as typed it is one.
        Assert.Empty(Search("riskbedömnig", QueryMatching.AllConcepts));
        Assert.Equal(["ban"], Search("riskbedömnig", QueryMatching.AllConceptsWithTypos));
    }

    [Fact]
    public void Words_typed_without_diacritics_match_through_the_folded_fields()
    {
        Assert.Equal(["ban"], Search("kontaktforbudet", QueryMatching.AllConcepts));
    }

    [Fact]
    public void The_typed_phrase_ranks_above_the_same_words_scattered()
    {
        var hits = Search("social kontroll", QueryMatching.AllConcepts);

        Assert.Equal("control", hits[0]);
        Assert.Contains("scattered", hits);
    }

    [Fact]
    public void The_phrase_bonus_added_to_the_best_hits_scores_as_a_clause_of_the_query_does()
    {
        var text = _analysis.Queries.Analyze("social kontroll", "sv");
        var bonus = _analysis.Builder.PhraseBonus(text, index: _reader);
        var collector = new HitCollector(0, 10, byDate: false, new FixedBitSet(_reader.MaxDoc), new FacetCounter(SearchFacets.All));
        _searcher.Search(_analysis.Builder.Concepts(text, QueryMatching.AllConcepts, index: _reader), collector);
        collector.AddBonus(_searcher, bonus!);

        var together = _searcher.Search(_analysis.Builder.Build(text, QueryMatching.AllConcepts, index: _reader), 10).ScoreDocs;
        Assert.Equal(together.Select(h => h.Doc), collector.Ranked().Select(h => h.Doc));
        Assert.All(together.Zip(collector.Ranked()), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 0.0001f));
        Assert.True(together[0].Score > together[1].Score + 0.5f, "the phrase lifts the first hit well above the scattered words");
    }

    [Fact]
    public void The_exact_tier_scores_words_typed_together_in_its_bonus_and_the_typo_tier_in_its_query()
    {
        var text = _analysis.Queries.Analyze("social kontroll", "sv");
        var typed = Assert.Single(text.Concepts).Alternatives[0];
        var phrase = SearchFields.Body + ":\"social kontroll\"~" + SearchQueryBuilder.TypedPhraseSlop;

        Assert.True(typed.IsTyped);
        Assert.DoesNotContain(phrase, _analysis.Builder.Concepts(text, QueryMatching.AllConcepts, index: _reader).ToString());
        Assert.Contains(phrase, _analysis.Builder.PhraseBonus(text, index: _reader)!.ToString());
        Assert.Contains(phrase, _analysis.Builder.Concepts(text, QueryMatching.AllConceptsWithTypos, index: _reader).ToString());
    }

    [Fact]
    public void Typos_are_looked_for_in_the_folded_twins_and_in_fields_without_one()
    {
        var query = _analysis.Builder.Concepts(_analysis.Queries.Analyze("kontaktförbund", "sv"), QueryMatching.AllConceptsWithTypos, index: _reader).ToString();

        Assert.Matches(@"(^|[ (])body_folded:\S+~\d", query);
        Assert.Matches(@"(^|[ (])tags:\S+~\d", query);
        Assert.DoesNotMatch(@"(^|[ (])(body|summary|name):\S+~\d", query);
        Assert.Contains(SearchFields.Body + ":kontaktförbund", query);
    }

    [Fact]
    public void The_exact_tier_leaves_out_a_folded_twin_that_would_find_the_same_documents()
    {
        var same = _analysis.Builder.Concepts(_analysis.Queries.Analyze("kontaktförbud", "sv"), QueryMatching.AllConcepts, index: _reader).ToString();
        var withTypos = _analysis.Builder.Concepts(_analysis.Queries.Analyze("kontaktförbud", "sv"), QueryMatching.AllConceptsWithTypos, index: _reader).ToString();

        // "vald" (elected) is a word of its own: the folded twin of "våld" finds more than the field does.
        var differs = _analysis.Builder.Concepts(_analysis.Queries.Analyze("våld", "sv"), QueryMatching.AllConcepts, index: _reader).ToString();

        Assert.DoesNotContain(SearchFields.NameFolded + ":", same);
        Assert.Contains(SearchFields.Name + ":kontaktförbud", same);
        Assert.Contains(SearchFields.NameFolded + ":", withTypos);
        Assert.Contains(SearchFields.BodyFolded + ":vald", differs);
    }

    [Fact]
    public void The_relaxed_tiers_find_documents_that_match_some_of_the_words()
    {
        Assert.Empty(Search("kontaktförbud tvångsäktenskap socialtjänsten", QueryMatching.AllConcepts));
        Assert.Equal(["ban", "forced", "report"], Search("kontaktförbud tvångsäktenskap socialtjänsten", QueryMatching.AnyConceptWithTypos).Order());
    }

    [Fact]
    public void The_cascade_goes_from_all_concepts_to_any_and_marks_the_strict_tiers()
    {
        var tiers = _analysis.Builder.Cascade(_analysis.Queries.Analyze("stöd vid kontaktförbud i Huddinge", "sv")).ToList();

        Assert.Equal([QueryMatching.AllConcepts, QueryMatching.AllConceptsWithTypos, QueryMatching.MostConceptsWithTypos, QueryMatching.AnyConceptWithTypos],
            tiers.Select(t => t.Matching));
        Assert.Equal([true, true, false, false], tiers.Select(t => t.RequiresAllConcepts));
        Assert.Equal(2, SearchQueryBuilder.MostOf(3));
    }

    [Theory]
    [InlineData("tvång* AND (äktenskap OR \"")]
    [InlineData("*:* -title:[a TO z] ~2 ^5 \\")]
    [InlineData("?")]
    public void Lucene_syntax_in_a_query_is_only_text(string text)
    {
        foreach (var tier in _analysis.Builder.Cascade(_analysis.Queries.Analyze(text, "sv"), index: _reader))
        {
            _searcher.Search(tier.Query, 10);
        }

        Assert.DoesNotContain(_analysis.Builder.Build(_analysis.Queries.Analyze(text, "sv"), QueryMatching.AllConcepts).ToString(), "*:*");
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    public void Allowed_typos_grow_with_the_length_of_a_word(int letters, int edits)
    {
        Assert.Equal(edits, SearchQueryBuilder.TyposFor(letters));
    }

    private List<string> Search(string text, QueryMatching matching)
    {
        var query = _analysis.Builder.Build(_analysis.Queries.Analyze(text, "sv"), matching, index: _reader);
        return [.. _searcher.Search(query, 10).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get("id"))];
    }

    private static void Add(IndexWriter writer, string id, string name, string body)
    {
        writer.AddDocument(new Document
        {
            new StringField("id", id, Field.Store.YES),
            new TextField(SearchFields.Name, name, Field.Store.NO),
            new TextField(SearchFields.Body, body, Field.Store.NO),
            new TextField(SearchFields.NameFolded, name, Field.Store.NO),
            new TextField(SearchFields.BodyFolded, body, Field.Store.NO),
        });
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
