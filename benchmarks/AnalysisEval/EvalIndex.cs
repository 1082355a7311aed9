using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hedershus.AnalysisEval;

/// <summary>The corpus in a RAMDirectory: every document analysed by its culture's analyser (or all by one, for the baseline).</summary>
internal sealed class EvalIndex : IDisposable
{
    public const string IdField = "id";
    public const string CultureField = "culture";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public EvalIndex(IEnumerable<EvalDocument> documents, Func<string, Analyzer> analyzerFor, Similarity similarity, bool foldedTwins)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzerFor("sv")) { Similarity = similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(ToLucene(document, foldedTwins), analyzerFor(document.Culture));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public IndexSearcher Searcher { get; }

    /// <summary>The ids of the best <paramref name="count"/> documents of one culture.</summary>
    public List<string> Search(Query query, string culture, int count = Metrics.Depth)
    {
        var filter = new QueryWrapperFilter(new TermQuery(new Term(CultureField, culture)));
        return [.. Searcher.Search(query, filter, count).ScoreDocs.Select(hit => Searcher.Doc(hit.Doc).Get(IdField))];
    }

    public int Count(Query query, string culture)
    {
        var filter = new QueryWrapperFilter(new TermQuery(new Term(CultureField, culture)));
        return Searcher.Search(query, filter, 1).TotalHits;
    }

    private static Document ToLucene(EvalDocument source, bool foldedTwins)
    {
        var document = new Document
        {
            new StringField(IdField, source.Id, Field.Store.YES),
            new StringField(CultureField, source.Culture, Field.Store.NO),
            new TextField(SearchFields.Name, source.Name, Field.Store.NO),
            new TextField(SearchFields.Summary, source.Summary ?? "", Field.Store.NO),
            new TextField(SearchFields.Body, source.Body ?? "", Field.Store.NO),
        };
        if (foldedTwins)
        {
            document.Add(new TextField(SearchFields.NameFolded, source.Name, Field.Store.NO));
            document.Add(new TextField(SearchFields.SummaryFolded, source.Summary ?? "", Field.Store.NO));
            document.Add(new TextField(SearchFields.BodyFolded, source.Body ?? "", Field.Store.NO));
            document.Add(new TextField(SearchFields.Suggest, source.Name, Field.Store.NO));
        }

        return document;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
