using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Ckb;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The building blocks of each language's chain: normalisation (case, script, stop words) and stemming.
/// They are Lucene's own language analysers taken apart, so folding and compound splitting can go between.
/// </summary>
internal static class LanguageChains
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Lower case, script normalisation and stop words: everything that happens before folding.</summary>
    public static TokenStream Normalize(AnalysisLanguage language, TokenStream stream, bool removeStopWords = true)
    {
        stream = language switch
        {
            AnalysisLanguage.Swedish => new InvariantLowerCaseFilter(stream),
            AnalysisLanguage.English => new InvariantLowerCaseFilter(new EnglishPossessiveFilter(Version, stream)),
            AnalysisLanguage.Arabic => new ArabicNormalizationFilter(new InvariantLowerCaseFilter(stream)),
            AnalysisLanguage.Persian => new PersianNormalizationFilter(new ArabicNormalizationFilter(new InvariantLowerCaseFilter(stream))),
            AnalysisLanguage.Turkish => new TurkishLowerCaseFilter(new ApostropheFilter(stream)),
            AnalysisLanguage.Sorani => new InvariantLowerCaseFilter(new SoraniNormalizationFilter(stream)),

            // Without a stemmer the main fields fold too: for Somali, Kurmanji or Tigrinya a word with or without
            // its diacritics is the same word far more often than two different ones.
            _ => Fold(new InvariantLowerCaseFilter(stream)),
        };
        var stopWords = removeStopWords ? StopWords(language) : null;
        return stopWords is null ? stream : new StopFilter(Version, stream, stopWords);
    }

    /// <summary>The language's stemmer, or the stream unchanged when Lucene has none for it.</summary>
    public static TokenStream Stem(AnalysisLanguage language, TokenStream stream) => language switch
    {
        AnalysisLanguage.Swedish => new SwedishDefiniteNeuterFilter(new SnowballFilter(stream, new SwedishStemmer())),
        AnalysisLanguage.English => new PorterStemFilter(stream),
        AnalysisLanguage.Arabic => new ArabicStemFilter(stream),
        AnalysisLanguage.Persian => new PersianStemFilter(stream),
        AnalysisLanguage.Turkish => new SnowballFilter(stream, new TurkishStemmer()),
        AnalysisLanguage.Sorani => new SoraniStemFilter(stream),
        _ => stream,
    };

    /// <summary>
    /// Whether folding goes before the stemmer. Turkish snowball needs its dotless ı and ü/ö for vowel harmony,
    /// so it folds after; every other chain folds first, so a word typed without diacritics stems like the folded text.
    /// </summary>
    public static bool FoldsBeforeStemming(AnalysisLanguage language) => language != AnalysisLanguage.Turkish;

    public static TokenStream Fold(TokenStream stream) => new ASCIIFoldingFilter(stream, preserveOriginal: false);

    /// <summary>One word folded as <see cref="Fold(TokenStream)"/> folds tokens (å → a, ö → o, é → e …).</summary>
    public static string FoldWord(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    public static CharArraySet? StopWords(AnalysisLanguage language) => language switch
    {
        AnalysisLanguage.Swedish => SwedishStopWords.Set,
        AnalysisLanguage.English => EnglishStopWords.Set,
        AnalysisLanguage.Arabic => ArabicAnalyzer.DefaultStopSet,
        AnalysisLanguage.Persian => PersianAnalyzer.DefaultStopSet,
        AnalysisLanguage.Turkish => TurkishAnalyzer.DefaultStopSet,
        AnalysisLanguage.Sorani => SoraniAnalyzer.DefaultStopSet,
        _ => null,
    };

    /// <summary>Persian writes many words with a zero-width non-joiner; Lucene's PersianAnalyzer turns it into a space first.</summary>
    public static TextReader InitReader(AnalysisLanguage language, TextReader reader) =>
        language == AnalysisLanguage.Persian ? new PersianCharFilter(reader) : reader;
}
