using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The text chain of one language: standard tokenizer → language normalisation and stop words → (folding) →
/// stemmer → (compound parts stacked on the word). The same instance analyses documents and queries.
/// </summary>
internal sealed class CultureTextAnalyzer(AnalysisLanguage language, bool folded, CompoundSplitter? splitter, bool removeStopWords = true)
    : Analyzer
{
    public AnalysisLanguage Language { get; } = language;

    public bool Folded { get; } = folded;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageChains.Version, reader);
        var stream = LanguageChains.Normalize(Language, source, removeStopWords);
        var foldFirst = LanguageChains.FoldsBeforeStemming(Language);
        if (Folded && foldFirst)
        {
            stream = LanguageChains.Fold(stream);
        }

        if (IrregularForms.For(Language, Folded && foldFirst) is { } irregular)
        {
            stream = new StemmerOverrideFilter(stream, irregular);
        }

        stream = LanguageChains.Stem(Language, stream);
        if (Folded && !foldFirst)
        {
            stream = LanguageChains.Fold(stream);
        }

        if (splitter is not null)
        {
            stream = new CompoundSplitFilter(stream, splitter);
        }

        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => LanguageChains.InitReader(Language, reader);
}
