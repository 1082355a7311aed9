using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Titles for autocomplete: words lower-cased and folded, nothing stemmed, split or dropped, so every word of a
/// title can be completed from what a user has typed so far with a prefix query on the folded input.
/// </summary>
internal sealed class SuggestAnalyzer(AnalysisLanguage language) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageChains.Version, reader);
        var stream = LanguageChains.Fold(LanguageChains.Normalize(language, source, removeStopWords: false));
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => LanguageChains.InitReader(language, reader);
}
