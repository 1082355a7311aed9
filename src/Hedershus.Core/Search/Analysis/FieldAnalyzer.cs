using Lucene.Net.Analysis;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The per-field analyser of one language: the folded twins get the folded chain, the word fields of
/// autocomplete and spelling (<see cref="SearchFields.Suggest"/>, its per-culture fields and the title words) the
/// suggest chain, every other field the main chain. Routing by name lets the index writer analyse the per-culture
/// word fields itself, with no token lists built beforehand.
/// </summary>
internal sealed class FieldAnalyzer(Analyzer main, Analyzer folded, Analyzer suggest) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        SearchFields.IsFolded(fieldName) ? folded : SearchFields.IsWordList(fieldName) ? suggest : main;
}
