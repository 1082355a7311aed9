using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>A completion: a page title (with its id and url) or the typed words completed by a frequent word.</summary>
public sealed record Suggestion(string Text, string Kind, Guid? Id = null, string? Url = null);

/// <summary>
/// Completions while typing: titles of the culture whose words start with what was typed, then frequent words of
/// the culture's texts that complete the last word. Words used by more than half the culture's pages (stop words)
/// are left out.
/// </summary>
public sealed class SuggestService(PublishedSearchIndex index, SearchDocumentFactory documents, SearchRequestValidator validator)
{
    public const int MaxSuggestions = 8;
    public const int MaxTitles = 5;
    private const int MaxScannedTerms = 2000;

    public IReadOnlyList<Suggestion> Suggest(string? text, string? culture)
    {
        var errors = new ValidationErrors();
        var code = validator.ValidateCulture(culture, errors);
        if (text?.Length > SearchRequestValidator.MaxQueryLength)
        {
            errors.Add("q", $"A search may be at most {SearchRequestValidator.MaxQueryLength} characters long.");
        }

        errors.ThrowIfAny();
        var tokens = TextToken.Read(documents.AnalyzerFor(code), SearchFields.Suggest, text ?? "", SearchRequestValidator.MaxWords)
            .Where(t => t.PositionIncrement > 0).ToList();
        if (tokens.Count == 0)
        {
            return [];
        }

        var typing = !char.IsWhiteSpace(text![^1]);
        var complete = typing ? tokens[..^1] : tokens;
        var prefix = typing ? tokens[^1] : (TextToken?)null;
        using var lease = index.Acquire();
        var titles = Titles(lease.Searcher, code, complete, prefix);
        var words = prefix is { } last ? Words(lease.Searcher.IndexReader, code, text[..last.StartOffset], last.Term) : [];
        return [.. titles.Concat(words.Where(w => !titles.Any(t => string.Equals(t.Text, w.Text, StringComparison.OrdinalIgnoreCase)))).Take(MaxSuggestions)];
    }

    private static List<Suggestion> Titles(IndexSearcher searcher, string culture, List<TextToken> complete, TextToken? prefix)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.Culture, culture)), Occur.MUST } };
        complete.ForEach(t => query.Add(new TermQuery(new Term(IndexFields.TitleWords, t.Term)), Occur.MUST));
        if (prefix is { } last)
        {
            query.Add(new PrefixQuery(new Term(IndexFields.TitleWords, last.Term)), Occur.MUST);
            query.Add(new TermQuery(new Term(IndexFields.TitleWords, last.Term)) { Boost = 2 }, Occur.SHOULD);
        }

        var fields = new HashSet<string> { IndexFields.Key, IndexFields.Url, SearchFields.Name };
        return [.. searcher.Search(query, MaxTitles * 2).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, fields))
            .Select(d => new Suggestion(d.Get(SearchFields.Name), "title", Guid.Parse(d.Get(IndexFields.Key)), d.Get(IndexFields.Url)))
            .DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Take(MaxTitles)];
    }

    private static List<Suggestion> Words(IndexReader reader, string culture, string typedBefore, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Suggest(culture));
        if (terms is null)
        {
            return [];
        }

        var tooCommon = Math.Max(2, reader.DocFreq(new Term(IndexFields.Culture, culture)) / 2);
        var start = new BytesRef(prefix);
        var candidates = new List<(string Word, int Frequency)>();
        var words = terms.GetEnumerator();
        if (words.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        for (var scanned = 0; scanned < MaxScannedTerms && StringHelper.StartsWith(words.Term, start); scanned++)
        {
            if (words.DocFreq < tooCommon && words.Term.Length > start.Length)
            {
                candidates.Add((words.Term.Utf8ToString(), words.DocFreq));
            }

            if (!words.MoveNext())
            {
                break;
            }
        }

        return [.. candidates.OrderByDescending(c => c.Frequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(MaxSuggestions)
            .Select(c => new Suggestion(typedBefore + c.Word, "term"))];
    }
}
