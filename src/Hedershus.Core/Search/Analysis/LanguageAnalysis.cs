using Lucene.Net.Analysis;

namespace Hedershus.Core.Search.Analysis;

/// <summary>Every analyser of one language: the per-field wrapper and the chains it is made of.</summary>
internal sealed class LanguageAnalysis : IDisposable
{
    public LanguageAnalysis(AnalysisLanguage language)
    {
        Language = language;
        MainWords = new CultureTextAnalyzer(language, folded: false, splitter: null);
        FoldedWords = new CultureTextAnalyzer(language, folded: true, splitter: null);
        var compounds = language == AnalysisLanguage.Swedish ? SwedishCompoundDictionary.Shared : null;
        Main = new CultureTextAnalyzer(language, folded: false, compounds?.Main);
        Folded = new CultureTextAnalyzer(language, folded: true, compounds?.Folded);
        Suggest = new SuggestAnalyzer(language);
        PerField = new FieldAnalyzer(Main, Folded, Suggest);
    }

    public AnalysisLanguage Language { get; }

    /// <summary>Index and query analysis for the main fields (name, summary, body, tags).</summary>
    public CultureTextAnalyzer Main { get; }

    /// <summary>Index and query analysis for the folded twins.</summary>
    public CultureTextAnalyzer Folded { get; }

    /// <summary>The main chain without compound parts: one term per word, for matching phrases.</summary>
    public CultureTextAnalyzer MainWords { get; }

    /// <summary>The folded chain without compound parts: keys synonym rules and translations.</summary>
    public CultureTextAnalyzer FoldedWords { get; }

    public SuggestAnalyzer Suggest { get; }

    public Analyzer PerField { get; }

    public IReadOnlyList<string> FoldedTerms(string text) =>
        [.. AnalyzedToken.Read(FoldedWords, SearchFields.BodyFolded, text).Select(t => t.Term)];

    public void Dispose()
    {
        PerField.Dispose();
        Main.Dispose();
        Folded.Dispose();
        MainWords.Dispose();
        FoldedWords.Dispose();
        Suggest.Dispose();
    }
}
