using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Turns <see cref="SearchableContent"/> into a Lucene document and says which analyzer indexes it. Name, summary
/// and body are stored for results and snippets; summary and body and their folded twins keep term vectors with
/// offsets (into the same text), so snippets are cut, and words matched only without diacritics marked, without
/// analysing the text again. Facets are doc values, counted without loading documents.
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

    private static readonly FieldType FoldedHighlightedText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
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

        AddPath(document, content.Path);

        if (!Baseline)
        {
            document.Add(new TextField(SearchFields.NameFolded, Cut(content.Name), Field.Store.NO));
            document.Add(new Field(SearchFields.SummaryFolded, Cut(content.Summary), FoldedHighlightedText));
            document.Add(new Field(SearchFields.BodyFolded, Cut(content.Body), FoldedHighlightedText));
        }

        AddWords(document, content);
        return document;
    }

    /// <summary>The word fields of autocomplete and spelling; the culture's analyser gives them the suggest chain by their names.</summary>
    private static void AddWords(Document document, SearchableContent content)
    {
        var words = IndexFields.Suggest(content.Culture);
        document.Add(new Field(IndexFields.TitleWords, Cut(content.Name), WordsOnly));
        foreach (var text in new[] { content.Name, content.Summary, content.Body })
        {
            document.Add(new Field(words, Cut(text), WordsOnly));
        }
    }

    private static void AddPath(Document document, IReadOnlyList<Guid> path)
    {
        foreach (var key in path)
        {
            document.Add(new StringField(IndexFields.Path, key.ToString("D"), Field.Store.NO));
        }

        if (path.Count > 0)
        {
            document.Add(new StoredField(IndexFields.PathKeys, string.Join('/', path.Select(k => k.ToString("D")))));
        }
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
