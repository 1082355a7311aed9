using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Turns <see cref="SearchableContent"/> into a Lucene document and says which analyzer indexes it. Name, summary
/// and body are stored for results and snippets; summary and body keep term vectors with offsets, so snippets are
/// cut without analysing the text again. Facets are doc values, counted without loading documents.
/// </summary>
public sealed class SearchDocumentFactory(SearchAnalyzers analyzers, IOptions<SearchOptions> options)
{
    /// <summary>Longest text indexed per field, so one huge page cannot dominate memory or time.</summary>
    public const int MaxFieldLength = 100_000;

    private static readonly FieldType HighlightedText = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    private static readonly FieldType WordsOnly = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    public bool Baseline => options.Value.Mode == SearchMode.Baseline;

    /// <summary>The analyzer that indexes, and parses queries of, a culture in the configured mode.</summary>
    public Analyzer AnalyzerFor(string culture) => Baseline ? analyzers.Standard : analyzers.ForCulture(culture);

    public Document Create(SearchableContent content)
    {
        var analyzer = AnalyzerFor(content.Culture);
        var document = new Document
        {
            new StringField(IndexFields.Id, IndexFields.DocumentId(content.Key, content.Culture), Field.Store.YES),
            new StringField(IndexFields.Key, content.Key.ToString("D"), Field.Store.YES),
            new TextField(SearchFields.Name, Cut(content.Name), Field.Store.YES),
            new Field(SearchFields.Summary, Cut(content.Summary), HighlightedText),
            new Field(SearchFields.Body, Cut(content.Body), HighlightedText),
            new TextField(SearchFields.Tags, string.Join('\n', content.Tags), Field.Store.NO),
            new NumericDocValuesField(IndexFields.Updated, content.Updated.Ticks),
        };
        AddFacet(document, IndexFields.Culture, [content.Culture], stored: true);
        AddFacet(document, IndexFields.ContentType, [content.ContentType], stored: true);
        AddFacet(document, IndexFields.Audience, content.Audience, stored: false);
        AddFacet(document, IndexFields.Topic, content.Topics, stored: false);
        AddFacet(document, IndexFields.Municipality, content.Municipality is null ? [] : [content.Municipality], stored: false);
        foreach (var culture in content.AvailableCultures)
        {
            document.Add(new StringField(IndexFields.Available, culture, Field.Store.NO));
        }

        if (content.Url is not null)
        {
            document.Add(new StoredField(IndexFields.Url, content.Url));
        }

        if (content.Version is int version)
        {
            document.Add(new StoredField(IndexFields.Version, version));
        }

        if (!Baseline)
        {
            document.Add(new TextField(SearchFields.NameFolded, Cut(content.Name), Field.Store.NO));
            document.Add(new TextField(SearchFields.SummaryFolded, Cut(content.Summary), Field.Store.NO));
            document.Add(new TextField(SearchFields.BodyFolded, Cut(content.Body), Field.Store.NO));
        }

        AddWords(document, analyzer, content);
        return document;
    }

    private static void AddWords(Document document, Analyzer analyzer, SearchableContent content)
    {
        var title = TextToken.Read(analyzer, SearchFields.Suggest, Cut(content.Name));
        var words = TextToken.Read(analyzer, SearchFields.Suggest, Cut(content.Name + "\n" + content.Summary + "\n" + content.Body));
        document.Add(new Field(IndexFields.TitleWords, new TokenListStream(title), WordsOnly));
        document.Add(new Field(IndexFields.Suggest(content.Culture), new TokenListStream(words), WordsOnly));
    }

    private static void AddFacet(Document document, string field, IEnumerable<string> values, bool stored)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static string Cut(string text) => text.Length <= MaxFieldLength ? text : text[..MaxFieldLength];

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
