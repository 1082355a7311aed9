using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Hedershus.Tests.Search;

/// <summary>Text handling that needs no host: rich text to plain text, query words, escaping.</summary>
public sealed class SearchTextTests : IDisposable
{
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    [Fact]
    public void Rich_text_becomes_plain_text_with_blocks_on_lines_and_entities_decoded()
    {
        var text = HtmlText.ToPlainText("<h2>Rubrik</h2><p>Första &amp; <strong>viktiga</strong>   stycket.</p><ul><li>Ett</li><li>Två&nbsp;&lt;b&gt;</li></ul><script>alert(1)</script>");

        Assert.Equal("Rubrik\nFörsta & viktiga stycket.\nEtt\nTvå <b>", text);
    }

    [Fact]
    public void Query_words_group_their_terms_and_markup_or_syntax_alone_gives_no_words()
    {
        var terms = QueryTerms.Analyze(_analyzer, "Tvångsäktenskap AND (stöd)", ["body", "name"]);

        Assert.Equal(["Tvångsäktenskap", "stöd"], terms.Groups.SelectMany(g => g.Words).Select(w => w.Text));
        Assert.Equal(["tvångsäktenskap"], terms.Groups[0].Words[0].Terms["body"]);
        Assert.Empty(QueryTerms.Analyze(_analyzer, "* ? ~ \" ( ) : \\ <>", ["body"]).Groups);
    }

    [Fact]
    public void A_token_spanning_two_words_joins_them_and_each_keeps_its_own_terms()
    {
        var terms = QueryTerms.Analyze(_analyzer, "name:word", ["body"]);

        var group = Assert.Single(terms.Groups);
        Assert.Equal(["name:word"], group.Whole.Select(w => w.Term));
        Assert.Equal(["name", "word"], group.Words.Select(w => w.Terms["body"].Single()));
    }

    [Fact]
    public void The_snippet_encoder_escapes_markup_and_keeps_every_other_character()
    {
        Assert.Equal("&lt;script&gt;&amp;&quot;&#39; åäö مرحبا", HtmlTextEncoder.Escape("<script>&\"' åäö مرحبا"));
    }

    public void Dispose() => _analyzer.Dispose();
}
