using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Search;

/// <summary>Text handling that needs no host: rich text to plain text, query words, escaping.</summary>
public sealed class SearchTextTests : IDisposable
{
    private readonly SearchAnalyzers _analyzers;
    private readonly QueryTextAnalysis _queries;

    public SearchTextTests()
    {
        var options = Options.Create(new HedershusOptions());
        _analyzers = new SearchAnalyzers(new HedershusPaths(options, AppContext.BaseDirectory), new CultureCatalog(options));
        _queries = new QueryTextAnalysis(_analyzers);
    }

    [Fact]
    public void Rich_text_becomes_plain_text_with_blocks_on_lines_and_entities_decoded()
    {
        var text = HtmlText.ToPlainText("<h2>Rubrik</h2><p>Första &amp; <strong>viktiga</strong>   stycket.</p><ul><li>Ett</li><li>Två&nbsp;&lt;b&gt;</li></ul><script>alert(1)</script>");

        Assert.Equal("Rubrik\nFörsta & viktiga stycket.\nEtt\nTvå <b>", text);
    }

    [Fact]
    public void Query_words_become_concepts_and_markup_or_syntax_alone_gives_none()
    {
        var text = _queries.Analyze("Tvångsäktenskap AND (stöd)", "sv");

        Assert.Contains(text.Concepts, c => c.Text == "Tvångsäktenskap");
        Assert.Contains(text.Concepts, c => c.Text == "stöd");
        Assert.True(_queries.Analyze("* ? ~ \" ( ) : \\ <>", "sv").IsEmpty);
    }

    [Fact]
    public void A_word_joined_by_query_syntax_may_match_whole_or_as_its_words()
    {
        var concept = Assert.Single(_queries.Analyze("name:word", "en").Concepts);

        Assert.Equal(["name:word", "name word"], concept.Alternatives.Where(a => a.IsTyped).Select(a => a.Text));
    }

    [Fact]
    public void The_snippet_encoder_escapes_markup_and_keeps_every_other_character()
    {
        Assert.Equal("&lt;script&gt;&amp;&quot;&#39; åäö مرحبا", HtmlTextEncoder.Escape("<script>&\"' åäö مرحبا"));
    }

    public void Dispose() => _analyzers.Dispose();
}
